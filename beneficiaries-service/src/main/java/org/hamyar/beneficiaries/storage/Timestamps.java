package org.hamyar.beneficiaries.storage;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants as PostgreSQL keeps them ({@code timestamptz} has microseconds), so that a value read back equals the value written. */
public final class Timestamps {

    private Timestamps() {
    }

    /** The clock's instant, to the microsecond. */
    public static Instant of(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
