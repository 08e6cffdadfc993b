package org.hamyar.donors.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The donors-service's own settings ({@code hamyar.donors.*} in application.properties). */
@ConfigMapping(prefix = "hamyar.donors")
public interface DonorsConfig {

    /** How the consumers of other services' events retry a transient failure. */
    Consumer consumer();

    interface Consumer {

        /** The pause before the first retry; it doubles with every further attempt. */
        @WithDefault("200ms")
        Duration retryInitial();

        /** The longest pause between two attempts; retries go on at this pace until the failure passes. */
        @WithDefault("30s")
        Duration retryMax();
    }
}
