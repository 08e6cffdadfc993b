package org.hamyar.outbox;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hamyar.infrastructure.testing.KafkaTestResource;
import org.hamyar.infrastructure.testing.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The retry inside the container: every attempt is a transaction of its own, so a failed attempt
 * leaves nothing behind, not even its processed-event record, and the attempt that succeeds applies
 * the event once.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "outbox_test"))
@WithTestResource(KafkaTestResource.class)
class ConsumerRetryTransactionsTest {

    @Inject
    ConsumerRetry retry;
    @Inject
    ProcessedEvents processed;
    @Inject
    OutboxRows rows;

    @Test
    void eachAttemptIsATransactionAndOnlyTheSuccessfulOneIsRemembered() {
        UUID eventId = UUID.randomUUID();
        var event = event(eventId);
        var attempts = new AtomicInteger();
        var firstDeliveries = new AtomicInteger();

        retry.apply("parcels-in", event, () -> {
            if (processed.firstDelivery("retry-test", event.id())) {
                firstDeliveries.incrementAndGet();
            }
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException("the projection's table is being migrated");
            }
        });

        assertThat(attempts).hasValue(3);
        // each failed attempt rolled back its record, so every attempt was a first delivery
        assertThat(firstDeliveries).hasValue(3);
        assertThat(rows.processed("retry-test", eventId)).isTrue();
    }

    @Test
    void anUnusableEventRollsBackAndIsThrownAtOnce() {
        UUID eventId = UUID.randomUUID();
        var attempts = new AtomicInteger();

        assertThatThrownBy(() -> retry.apply("parcels-in", event(eventId), () -> {
            attempts.incrementAndGet();
            processed.firstDelivery("retry-test", eventId.toString());
            throw new UnusableEventException("the parcel has no id");
        })).isInstanceOf(UnusableEventException.class);

        assertThat(attempts).hasValue(1);
        assertThat(rows.processed("retry-test", eventId)).isFalse();
    }

    private static IncomingEvent event(UUID id) {
        return new IncomingEvent(id.toString(), "hamyar.outboxtest.parcel-shipped.v1", "/hamyar/outbox-test",
                null, null, "key", "{}");
    }
}
