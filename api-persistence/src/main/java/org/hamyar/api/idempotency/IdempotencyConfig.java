package org.hamyar.api.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "hamyar.idempotency")
public interface IdempotencyConfig {

    /** How long a stored response answers retries of its key; older records are deleted. */
    @WithDefault("24h")
    Duration retention();

    /**
     * How long a claimed key may stay without a stored response before another request may take it
     * over: the first request's replica may have died between its commit and storing the response.
     */
    @WithDefault("5m")
    Duration inProgressTimeout();

    /** How many expired records one cleanup statement deletes, so that no delete holds locks for long. */
    @WithDefault("5000")
    int cleanupBatchSize();
}
