package org.hamyar.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code hamyar.consumer.*}: how {@link ConsumerRetry} retries an event that fails transiently. */
@ConfigMapping(prefix = "hamyar.consumer")
public interface ConsumerConfig {

    /** The pause before the first retry; it doubles with every further attempt. */
    @WithDefault("200ms")
    Duration retryInitial();

    /** The longest pause between two attempts; retries go on at this pace until the failure passes. */
    @WithDefault("30s")
    Duration retryMax();

    /**
     * After how many failed attempts a transient failure is given up and the record dead-lettered;
     * 0 (the default) retries as long as the failure lasts, so that a database outage delays events
     * instead of diverting them to the dead letters.
     */
    @WithDefault("0")
    int maxAttempts();
}
