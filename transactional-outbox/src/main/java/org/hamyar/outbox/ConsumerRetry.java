package org.hamyar.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * How every consumer applies an event of another service: in a transaction of its own, again and
 * again while it fails transiently, never more than once.
 *
 * <pre>{@code
 * @Incoming("agreements-in") @Blocking            // no @Transactional here: each attempt has its own
 * public void on(ConsumerRecord<String, String> record) {
 *     IncomingEvent event = IncomingEvent.from(record);
 *     if (!concerns(event)) return;
 *     retry.apply("agreements-in", event, () -> {
 *         if (!processed.firstDelivery("beneficiaries-agreements-projection", event.id())) return;
 *         ... apply event.dataAs(...) ...
 *     });
 * }
 * }</pre>
 *
 * <p>A failure {@link ConsumerFailures#isPermanent permanent} (an unusable event, data the database
 * rejects) is thrown at once: {@link #consume} records the record in the service's dead letters
 * ({@link DeadLetters}, where an admin reads and replays it), then the channel's failure strategy
 * ({@code dead-letter-queue}) moves it, headers and reason included, to the dead-letter topic and
 * the partition moves on. Any
 * other failure rolls the attempt back and is retried in place after the {@link Backoff} pause
 * ({@code hamyar.consumer.retry-initial}, doubling, up to {@code hamyar.consumer.retry-max}), as long
 * as it lasts: a database outage delays the partition instead of sending good events to the
 * dead-letter topic. Each retry counts in the metric {@value #RETRIES} (tag {@code channel}); a count
 * that keeps rising says a consumer is stuck on a failure that has not passed.
 *
 * <p>The work is one span (kind CONSUMER, named after the channel) whose parent is the trace the event
 * was published in ({@code ce_traceparent}, {@link IncomingEvent#trace()}): a grant in one service and
 * what another service does because of it are one trace, and what the consumer publishes in turn
 * carries it on. Every log line written meanwhile names the trace.
 *
 * <p>A busy consumer takes the records of one poll together ({@link #consumeAll}): their events are
 * applied in one transaction, and only when that transaction fails are they applied one at a time as
 * above, so that what is dead-lettered, retried and recorded in {@code processed_event} is exactly what
 * one-at-a-time consumption gives.
 *
 * <p>When the service stops, the retrying stops too and the last failure is thrown (the record is
 * then dead-lettered like a permanent one and can be replayed from there); so does it after
 * {@code hamyar.consumer.max-attempts} attempts when a deployment sets that limit (by default there
 * is none).
 */
@ApplicationScoped
public class ConsumerRetry {

    /** Metric name: attempts that failed transiently and were retried, by channel. */
    public static final String RETRIES = "hamyar.consumer.retries";

    private static final Logger LOG = Logger.getLogger(ConsumerRetry.class);
    /** A stopping service is not held up longer than this by a long pause. */
    private static final Duration SLICE = Duration.ofMillis(250);

    private final Backoff backoff;
    private final MeterRegistry meters;
    private final Consumer<Runnable> inNewTransaction;
    private final int maxAttempts;
    private final DeadLetters.Recorder deadLetters;
    private final Tracer tracer;
    private volatile boolean stopping;

    @Inject
    ConsumerRetry(ConsumerConfig config, Instance<MeterRegistry> registries, DeadLetters deadLetters, Tracer tracer) {
        this(new Backoff(config.retryInitial(), config.retryMax()),
                registries.isResolvable() ? registries.get() : Metrics.globalRegistry,
                attempt -> QuarkusTransaction.requiringNew().run(attempt),
                config.maxAttempts(), deadLetters::record, tracer);
    }

    /** For tests without a container: any backoff, any registry, any way of running an attempt; no limit, no records, no traces. */
    ConsumerRetry(Backoff backoff, MeterRegistry meters, Consumer<Runnable> inNewTransaction) {
        this(backoff, meters, inNewTransaction, 0, (channel, record, failure) -> { });
    }

    /** For tests without a container, with a limit and a recorder of dead letters; no traces. */
    ConsumerRetry(Backoff backoff, MeterRegistry meters, Consumer<Runnable> inNewTransaction, int maxAttempts,
                  DeadLetters.Recorder deadLetters) {
        this(backoff, meters, inNewTransaction, maxAttempts, deadLetters,
                OpenTelemetry.noop().getTracer(ConsumerRetry.class.getName()));
    }

    private ConsumerRetry(Backoff backoff, MeterRegistry meters, Consumer<Runnable> inNewTransaction, int maxAttempts,
                          DeadLetters.Recorder deadLetters, Tracer tracer) {
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.meters = Objects.requireNonNull(meters, "meters");
        this.inNewTransaction = Objects.requireNonNull(inNewTransaction, "inNewTransaction");
        this.maxAttempts = Math.max(0, maxAttempts);
        this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
        this.tracer = Objects.requireNonNull(tracer, "tracer");
    }

    /**
     * Consumes one record of the consumer's channel: reads it as a CloudEvent, skips it when it is not
     * the consumer's business, and applies it with {@link #apply}. A record that fails for good (not a
     * CloudEvent, forged, unusable, or a transient failure given up on) is written to the service's
     * dead letters in a transaction of its own, then thrown for the channel's failure strategy (the
     * dead-letter topic, which keeps a copy even when the database could not take the record).
     */
    public void consume(EventConsumer consumer, ConsumerRecord<String, String> record) {
        try {
            IncomingEvent event = IncomingEvent.from(record);
            if (consumer.concerns(event)) {
                apply(consumer.channel(), event, () -> consumer.apply(event));
            }
        } catch (RuntimeException failure) {
            deadLetters.record(consumer.channel(), record, failure);
            throw failure;
        }
    }

    /** What became of one record of {@link #consumeAll}: applied or skipped, or the failure that dead-lettered it. */
    public record Outcome(ConsumerRecord<String, String> record, RuntimeException failure) {
        public boolean applied() {
            return failure == null;
        }
    }

    /**
     * Consumes the records of one poll, in order, with the outcome of {@link #consume} for each. The
     * events the consumer is concerned with are applied together, each by {@link EventConsumer#apply}
     * in its own span, in one transaction: one commit for all instead of one each. When that
     * transaction fails (one event unusable, a transient failure) it rolls back whole, and the events
     * are consumed one at a time as {@link #consume} does: an unusable event is dead-lettered alone,
     * a transient failure is retried in place. A record that is no CloudEvent is dead-lettered without
     * holding up the others.
     *
     * @return one outcome per record, in the order of {@code records}; a failed one is recorded in the
     *         dead letters already and is the channel's to nack (the dead-letter topic)
     */
    public List<Outcome> consumeAll(EventConsumer consumer, List<ConsumerRecord<String, String>> records) {
        RuntimeException[] failures = new RuntimeException[records.size()];
        var concerned = new ArrayList<Integer>(records.size());
        var events = new ArrayList<IncomingEvent>(records.size());
        for (int i = 0; i < records.size(); i++) {
            try {
                IncomingEvent event = IncomingEvent.from(records.get(i));
                if (consumer.concerns(event)) {
                    concerned.add(i);
                    events.add(event);
                }
            } catch (RuntimeException failure) {
                deadLetters.record(consumer.channel(), records.get(i), failure);
                failures[i] = failure;
            }
        }
        if (events.size() == 1 || (events.size() > 1 && !applyTogether(consumer, events))) {
            for (int j = 0; j < events.size(); j++) {
                ConsumerRecord<String, String> record = records.get(concerned.get(j));
                IncomingEvent event = events.get(j);
                try {
                    apply(consumer.channel(), event, () -> consumer.apply(event));
                } catch (RuntimeException failure) {
                    deadLetters.record(consumer.channel(), record, failure);
                    failures[concerned.get(j)] = failure;
                }
            }
        }
        var outcomes = new ArrayList<Outcome>(records.size());
        for (int i = 0; i < records.size(); i++) {
            outcomes.add(new Outcome(records.get(i), failures[i]));
        }
        return outcomes;
    }

    /** @return false when the transaction of the events together failed and rolled back */
    private boolean applyTogether(EventConsumer consumer, List<IncomingEvent> events) {
        // each event's span lasts until the transaction ends: its work is done when it is committed
        var spans = new ArrayList<Span>(events.size());
        try {
            inNewTransaction.accept(() -> {
                for (IncomingEvent event : events) {
                    Span span = spanOf(consumer.channel(), event)
                            .setAttribute("messaging.batch.message_count", (long) events.size())
                            .startSpan();
                    spans.add(span);
                    try (Scope ignored = span.makeCurrent()) {
                        consumer.apply(event);
                    } catch (RuntimeException failure) {
                        span.recordException(failure);
                        throw failure;
                    }
                }
            });
            return true;
        } catch (RuntimeException failure) {
            // the events are applied again one at a time, each in a span of its own
            spans.forEach(span -> span.setStatus(StatusCode.ERROR, "rolled back with its batch"));
            LOG.debugf(failure, "%d events from %s applied together rolled back; applying them one at a time",
                    events.size(), consumer.channel());
            return false;
        } finally {
            spans.forEach(Span::end);
        }
    }

    /**
     * Applies one event: runs {@code apply} in a new transaction until it succeeds, retrying
     * transient failures with backoff.
     *
     * @param channel the {@code @Incoming} channel, for the log and the metric's tag
     * @param event   the event being applied, for the log
     * @param apply   the consumer's change; it runs in a transaction of its own each attempt
     * @throws RuntimeException a permanent failure, at once; or the last transient one when the service
     *                          stops or after {@code hamyar.consumer.max-attempts}
     */
    public void apply(String channel, IncomingEvent event, Runnable apply) {
        Objects.requireNonNull(apply, "apply");
        Span span = spanOf(channel, event).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            applyWithRetries(channel, event, apply, span);
        } catch (RuntimeException failure) {
            span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
            throw failure;
        } finally {
            span.end();
        }
    }

    private SpanBuilder spanOf(String channel, IncomingEvent event) {
        return tracer.spanBuilder(channel + " process")
                .setSpanKind(SpanKind.CONSUMER)
                .setParent(event.trace().asParentOf(Context.current()))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.message.id", event.id())
                .setAttribute("cloudevents.event_id", event.id())
                .setAttribute("cloudevents.event_type", event.type());
    }

    private void applyWithRetries(String channel, IncomingEvent event, Runnable apply, Span span) {
        for (int attempt = 1; ; attempt++) {
            try {
                inNewTransaction.accept(apply);
                if (attempt > 1) {
                    LOG.infof("Applied %s %s from %s at attempt %d", event.type(), event.id(), channel, attempt);
                }
                return;
            } catch (RuntimeException failure) {
                span.recordException(failure);
                if (ConsumerFailures.isPermanent(failure)) {
                    throw failure;
                }
                if (stopping) {
                    LOG.warnf(failure, "The service is stopping: %s %s from %s is given up after %d attempts",
                            event.type(), event.id(), channel, attempt);
                    throw failure;
                }
                if (maxAttempts > 0 && attempt >= maxAttempts) {
                    LOG.errorf(failure, "%s %s from %s still fails after %d attempts (hamyar.consumer.max-attempts);"
                            + " it is given up and dead-lettered", event.type(), event.id(), channel, attempt);
                    throw failure;
                }
                Counter.builder(RETRIES)
                        .description("Attempts to apply an event of another service that failed transiently and were retried")
                        .tag("channel", channel)
                        .register(meters)
                        .increment();
                Duration pause = backoff.after(attempt);
                LOG.warnf(failure, "Could not apply %s %s from %s (attempt %d); retrying in %s",
                        event.type(), event.id(), channel, attempt, pause);
                if (!pause(pause)) {
                    throw failure;
                }
            }
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stop();
    }

    void stop() {
        stopping = true;
    }

    /** @return false when the service began to stop meanwhile */
    private boolean pause(Duration pause) {
        long deadline = System.nanoTime() + pause.toNanos();
        try {
            for (long left = pause.toNanos(); left > 0 && !stopping; left = deadline - System.nanoTime()) {
                TimeUnit.NANOSECONDS.sleep(Math.min(left, SLICE.toNanos()));
            }
            return !stopping;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
