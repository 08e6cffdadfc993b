package org.hamyar.gateway.time;

import java.util.function.LongSupplier;

/**
 * The gateway's one source of time: monotonic nanoseconds for what it measures (token buckets,
 * circuit breakers, the merged document's cache, proxy latencies). Nothing in the gateway reads
 * the time of day, so it needs no {@link java.time.Clock}; a wall clock would also jump with NTP,
 * and a breaker must not close early because the clock was set back. Injected everywhere, so a
 * test can produce its own and move time.
 */
@FunctionalInterface
public interface Ticker extends LongSupplier {

    /** Nanoseconds since an arbitrary origin; only differences mean anything. */
    long nanoTime();

    @Override
    default long getAsLong() {
        return nanoTime();
    }
}
