package org.hamyar.outbox;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The retry every consumer shares, without a container: transactions are counted, pauses are short. */
class ConsumerRetryTest {

    private static final String CHANNEL = "agreements-in";

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<String> transactions = new ArrayList<>();
    private final ConsumerRetry retry = new ConsumerRetry(new Backoff(Duration.ofMillis(1), Duration.ofMillis(8)), meters,
            attempt -> {
                transactions.add("begin");
                attempt.run();
                transactions.add("commit");
            });
    private final IncomingEvent event = new IncomingEvent(UUID.randomUUID().toString(),
            "hamyar.agreements.agreement-activated.v1", "/hamyar/agreements-service", null, null, "key", "{}");

    @Test
    void anEventThatAppliesIsAppliedOnceInOneTransaction() {
        var applied = new AtomicInteger();
        retry.apply(CHANNEL, event, applied::incrementAndGet);

        assertThat(applied).hasValue(1);
        assertThat(transactions).containsExactly("begin", "commit");
        assertThat(retries()).isZero();
    }

    @Test
    void aTransientFailureIsRetriedInANewTransactionUntilItPasses() {
        var attempts = new AtomicInteger();
        retry.apply(CHANNEL, event, () -> {
            if (attempts.incrementAndGet() <= 4) {
                throw new IllegalStateException("database restarting", new SQLException("connection lost", "08006"));
            }
        });

        assertThat(attempts).hasValue(5);
        assertThat(transactions).containsExactly("begin", "begin", "begin", "begin", "begin", "commit");
        assertThat(retries()).isEqualTo(4);
    }

    @Test
    void aPermanentFailureIsThrownAtOnceForTheDeadLetterTopic() {
        var attempts = new AtomicInteger();
        var unusable = new UnusableEventException("terms are missing");

        assertThatThrownBy(() -> retry.apply(CHANNEL, event, () -> {
            attempts.incrementAndGet();
            throw unusable;
        })).isSameAs(unusable);
        assertThat(attempts).hasValue(1);

        var duplicate = new IllegalStateException("flush failed", new SQLException("duplicate key", "23505"));
        assertThatThrownBy(() -> retry.apply(CHANNEL, event, () -> {
            throw duplicate;
        })).isSameAs(duplicate);
        assertThat(retries()).isZero();
    }

    @Test
    void aStoppingServiceGivesUpTheRetryingWithTheLastFailure() throws Exception {
        var slow = new ConsumerRetry(new Backoff(Duration.ofSeconds(30), Duration.ofSeconds(30)), meters, Runnable::run);
        var attempts = new AtomicInteger();
        var running = CompletableFuture.runAsync(() -> slow.apply(CHANNEL, event, () -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("database away");
        }));
        while (attempts.get() == 0) {
            Thread.onSpinWait();
        }

        slow.stop();

        assertThatThrownBy(() -> running.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("database away");
        assertThat(attempts).hasValue(1);
    }

    @Test
    void withAnAttemptLimitATransientFailureIsGivenUpAfterItAndDeadLettered() {
        var limited = new ConsumerRetry(new Backoff(Duration.ofMillis(1), Duration.ofMillis(2)), meters, Runnable::run, 3,
                (channel, record, failure) -> { });
        var attempts = new AtomicInteger();
        var away = new IllegalStateException("database away");

        assertThatThrownBy(() -> limited.apply(CHANNEL, event, () -> {
            attempts.incrementAndGet();
            throw away;
        })).isSameAs(away);
        assertThat(attempts).hasValue(3);
        assertThat(retries()).isEqualTo(2);
    }

    @Test
    void consumeWritesWhatFailsForGoodToTheDeadLettersAndThrowsItOn() {
        var recorded = new ArrayList<String>();
        var recording = new ConsumerRetry(new Backoff(Duration.ofMillis(1), Duration.ofMillis(2)), meters, Runnable::run, 1,
                (channel, record, failure) -> recorded.add(channel + " " + record.offset() + " " + failure.getMessage()));
        var record = new org.apache.kafka.clients.consumer.ConsumerRecord<>("agreements.events", 0, 42L, "key", "{}");
        var consumer = new EventConsumer() {
            @Override
            public String channel() {
                return CHANNEL;
            }

            @Override
            public boolean concerns(IncomingEvent event) {
                return true;
            }

            @Override
            public void apply(IncomingEvent event) {
                throw new IllegalStateException("never reached");
            }
        };

        // not a CloudEvent: no ce_id
        assertThatThrownBy(() -> recording.consume(consumer, record)).isInstanceOf(MalformedEventException.class);
        assertThat(recorded).singleElement().asString().startsWith(CHANNEL + " 42 Kafka record agreements.events-0@42");
    }

    @Test
    void consumeAllAppliesTheEventsOfAPollInOneTransaction() {
        var batch = new Batch();
        List<ConsumerRetry.Outcome> outcomes = batch.retry.consumeAll(batch, List.of(
                batch.event(0, "a"), batch.event(1, "b"), batch.event(2, "c")));

        assertThat(outcomes).allMatch(ConsumerRetry.Outcome::applied);
        assertThat(batch.transactions).containsExactly("begin a b c commit");
        assertThat(batch.committed).containsExactly("a", "b", "c");
        assertThat(batch.deadLetters).isEmpty();
    }

    @Test
    void consumeAllFallsBackToOneAtATimeWhenTheTransactionOfThePollFails() {
        var batch = new Batch();
        batch.unusable.add("b");
        batch.transientFailures.set(1); // c fails once transiently when applied alone, and is retried in place
        List<ConsumerRetry.Outcome> outcomes = batch.retry.consumeAll(batch, List.of(
                batch.event(0, "a"), batch.garbage(1), batch.event(2, "b"), batch.event(3, "skipped"), batch.event(4, "c")));

        // together: rolled back at b; then one at a time: a, b dead-lettered alone, c after one retry
        assertThat(batch.transactions).containsExactly("begin a b rollback", "begin a commit", "begin b rollback",
                "begin c rollback", "begin c commit");
        assertThat(batch.committed).containsExactly("a", "c");
        assertThat(outcomes).extracting(ConsumerRetry.Outcome::applied).containsExactly(true, false, false, true, true);
        assertThat(outcomes.get(1).failure()).isInstanceOf(MalformedEventException.class);
        assertThat(outcomes.get(2).failure()).isInstanceOf(UnusableEventException.class);
        assertThat(batch.deadLetters).containsExactly(1L, 2L);
        assertThat(retries()).isEqualTo(1);
    }

    /** A consumer of the values of its records, in transactions that keep what they applied only when they commit. */
    private final class Batch implements EventConsumer {
        final List<String> transactions = new ArrayList<>();
        final List<String> committed = new ArrayList<>();
        final List<Long> deadLetters = new ArrayList<>();
        final List<String> unusable = new ArrayList<>();
        final AtomicInteger transientFailures = new AtomicInteger();
        private final List<String> current = new ArrayList<>();
        final ConsumerRetry retry = new ConsumerRetry(new Backoff(Duration.ofMillis(1), Duration.ofMillis(2)), meters,
                attempt -> {
                    current.clear();
                    try {
                        attempt.run();
                        transactions.add(String.join(" ", "begin", String.join(" ", current), "commit"));
                        committed.addAll(current);
                    } catch (RuntimeException e) {
                        transactions.add(String.join(" ", "begin", String.join(" ", current), "rollback"));
                        throw e;
                    }
                }, 0, (channel, record, failure) -> deadLetters.add(record.offset()));

        org.apache.kafka.clients.consumer.ConsumerRecord<String, String> event(long offset, String value) {
            var headers = new org.apache.kafka.common.header.internals.RecordHeaders();
            headers.add(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            headers.add(CloudEventHeaders.TYPE, "test.value.v1".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return new org.apache.kafka.clients.consumer.ConsumerRecord<>("values", 0, offset, 0L,
                    org.apache.kafka.common.record.TimestampType.CREATE_TIME, -1, -1, "key", value, headers,
                    java.util.Optional.empty());
        }

        org.apache.kafka.clients.consumer.ConsumerRecord<String, String> garbage(long offset) {
            return new org.apache.kafka.clients.consumer.ConsumerRecord<>("values", 0, offset, "key", "garbage");
        }

        @Override
        public String channel() {
            return CHANNEL;
        }

        @Override
        public boolean concerns(IncomingEvent event) {
            return !event.data().equals("skipped");
        }

        @Override
        public void apply(IncomingEvent event) {
            current.add(event.data());
            if (unusable.contains(event.data())) {
                throw new UnusableEventException(event.data() + " is unusable");
            }
            if (event.data().equals("c") && current.size() == 1 && transientFailures.getAndDecrement() > 0) {
                throw new IllegalStateException("database restarting");
            }
        }
    }

    private double retries() {
        var counter = meters.find(ConsumerRetry.RETRIES).tag("channel", CHANNEL).counter();
        return counter == null ? 0 : counter.count();
    }
}
