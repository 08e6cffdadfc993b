package org.hamyar.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code hamyar.outbox.*}: how a service publishes its events. The broker is {@code kafka.bootstrap.servers}. */
@ConfigMapping(prefix = "hamyar.outbox")
public interface OutboxConfig {

    /** {@code ce_source} of every event this service publishes, e.g. {@code /hamyar/agreements-service}. */
    String source();

    /**
     * How often the relay looks for unpublished rows. Read by the {@code @Scheduled} expression
     * of {@link OutboxRelay}; declared here so that it is documented and validated with the rest.
     */
    @WithDefault("250ms")
    Duration pollInterval();

    /** Most rows one relay round reads, sends and marks. */
    @WithDefault("500")
    int batchSize();

    /**
     * Whether this replica runs the background relay and cleanup. {@code false} stops sending, not
     * writing: {@link EventOutbox#publish} still records events, and they leave once it is turned on.
     */
    @WithDefault("true")
    boolean enabled();

    /** How long a published row stays in {@code outbox_event} (for inspection and replays). */
    @WithDefault("7d")
    Duration retention();

    /** How often published rows older than the retention are deleted. */
    @WithDefault("1h")
    Duration cleanupInterval();

    /**
     * Longest a relay round waits for the broker: {@code delivery.timeout.ms} and
     * {@code max.block.ms} of the producer. Bounded so that an outage ends a round with a warning
     * instead of hanging it.
     */
    @WithDefault("10s")
    Duration sendTimeout();

    /**
     * The largest record the relay sends ({@code max.request.size} of its producer), Kafka's default
     * 1 MiB. A larger event is refused before it leaves, so none of its key's later events is sent
     * ahead of it: the relay sets it aside and holds them back. Keep it at or below the
     * {@code max.message.bytes} of the service's topics; a topic configured lower refuses the record
     * at the broker, after later events of its key may already be on their way.
     */
    @WithDefault("1048576")
    int maxRecordSize();

    /** Longest pause between relay rounds while the broker keeps failing. */
    @WithDefault("5s")
    Duration maxBackoff();
}
