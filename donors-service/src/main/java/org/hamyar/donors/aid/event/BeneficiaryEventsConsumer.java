package org.hamyar.donors.aid.event;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hamyar.donors.config.DonorsConfig;
import org.hamyar.outbox.IncomingEvent;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Reads {@code beneficiaries.events} (consumer group {@code donors-service}) and records the aid
 * the network granted and revoked.
 *
 * <p>Unlike the usual {@code @Incoming @Blocking @Transactional} consumer, the transaction sits one
 * level down, in {@link AidEventHandler#apply}: a transient failure (the database restarting) is
 * retried here in a fresh transaction each time, so that it delays the partition instead of
 * sending good events to the dead-letter topic. A failure no retry can cure is thrown; the
 * channel's failure strategy then moves the record, headers and reason included, to
 * {@code beneficiaries.events.donors-dlq} and the partition moves on. Either way nothing is lost.
 */
@ApplicationScoped
public class BeneficiaryEventsConsumer {

    private static final Logger LOG = Logger.getLogger(BeneficiaryEventsConsumer.class);
    private static final Duration SLICE = Duration.ofMillis(250);

    /** Metric name: a rising count says the consumer is stuck on a failure that has not passed yet. */
    static final String RETRIES = "hamyar.consumer.retries";

    private final AidEventHandler handler;
    private final DonorsConfig.Consumer retry;
    private final Counter retries;
    private volatile boolean stopping;

    BeneficiaryEventsConsumer(AidEventHandler handler, DonorsConfig config, MeterRegistry registry) {
        this.handler = handler;
        this.retry = config.consumer();
        this.retries = Counter.builder(RETRIES)
                .description("Attempts to apply an event of another service that failed transiently and were retried")
                .tag("channel", "beneficiaries-in")
                .register(registry);
    }

    @Incoming("beneficiaries-in")
    @Blocking
    public void on(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record);
        if (!handler.handles(event)) {
            LOG.debugf("Ignoring %s %s: not an event the donors-service reacts to", event.type(), event.id());
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                handler.apply(event);
                return;
            } catch (RuntimeException failure) {
                if (ConsumerFailures.isPermanent(failure) || stopping) {
                    // the dead-letter topic keeps it; a replay from there is applied once, like any delivery
                    throw failure;
                }
                retries.increment();
                Duration pause = ConsumerFailures.backoff(attempt, retry.retryInitial(), retry.retryMax());
                LOG.warnf(failure, "Could not apply %s %s (attempt %d); retrying in %s",
                        event.type(), event.id(), attempt, pause);
                if (!pause(pause)) {
                    throw failure;
                }
            }
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    /** @return false when the service began to stop meanwhile */
    private boolean pause(Duration pause) {
        long deadline = System.nanoTime() + pause.toNanos();
        try {
            // in slices, so that a stopping service is not held up by a long pause
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
