package org.hamyar.donors.allocation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** {@code hamyar.donors.allocations.*}: how long a reservation waits for its aid, and the expiry job. */
@ConfigMapping(prefix = "hamyar.donors.allocations")
public interface AllocationConfig {

    /** A reservation no AidGranted names within this time is released back to its fund. */
    @WithDefault("P30D")
    Duration reservationTtl();

    /** How often {@link AllocationExpiry} runs ({@code off} disables it, as the tests do). */
    @WithDefault("1m")
    String expiryEvery();

    /** Reservations the job releases per transaction. */
    @WithDefault("200")
    int expiryBatch();
}
