package org.hamyar.agreements.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clock every date decision reads ("is the effective date here?", "is this commitment
 * overdue?"). Days are Iranian days: an agreement effective on 1 Farvardin is in force from
 * midnight in Tehran, not in UTC. Tests replace this bean with a clock they can move.
 */
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock(@ConfigProperty(name = "hamyar.agreements.time-zone", defaultValue = "Asia/Tehran") ZoneId zone) {
        return Clock.system(zone);
    }
}
