package org.hamyar.api.time;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The one clock of a service: every time rule (is the effective date here, is a reservation
 * expired, is a commitment overdue, when was this recorded) reads the injected {@link Clock},
 * never {@code Instant.now()}, so that a test can move time. Days are Iranian days: an agreement
 * effective on 1 Farvardin is in force from midnight in Tehran, not in UTC. A test replaces the bean
 * by producing its own {@code Clock} (this one is a default bean).
 */
public class ServiceClock {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock(Config config) {
        return Clock.system(config.zone());
    }

    @ConfigMapping(prefix = "hamyar.time")
    public interface Config {

        /** The zone that decides which day it is (the network works on Iran's days). */
        @WithDefault("Asia/Tehran")
        ZoneId zone();
    }
}
