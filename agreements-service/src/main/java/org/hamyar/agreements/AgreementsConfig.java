package org.hamyar.agreements;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.ZoneId;

/** {@code hamyar.agreements.*}: how this service counts days and moves agreements along. */
@ConfigMapping(prefix = "hamyar.agreements")
public interface AgreementsConfig {

    /**
     * The zone whose calendar days count: an agreement effective on 1 Farvardin is in force from
     * midnight in Tehran, and a commitment due on a day is overdue the next Iranian day.
     */
    @WithDefault("Asia/Tehran")
    ZoneId timeZone();

    Lifecycle lifecycle();

    /** The job that activates, terminates and expires agreements and announces overdue commitments. */
    interface Lifecycle {

        /**
         * How often it runs on each replica (a Quarkus duration, or {@code off} in tests, which
         * run it themselves). Read by the {@code @Scheduled} expression; declared here so that it
         * is documented and validated with the rest.
         */
        @WithDefault("60s")
        String every();

        /** How long after start the first run waits. */
        @WithDefault("10s")
        String delay();
    }
}
