package org.hamyar.agreements.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

import org.hamyar.agreements.AgreementsConfig;

/**
 * The clock every date decision reads ("is the effective date here?", "is this commitment
 * overdue?"). Days are Iranian days: an agreement effective on 1 Farvardin is in force from
 * midnight in Tehran, not in UTC. Tests replace this bean with a clock they can move.
 */
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock(AgreementsConfig config) {
        return Clock.system(config.timeZone());
    }
}
