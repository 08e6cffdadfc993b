package org.hamyar.api.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The one switch for demo data, the same key in every service: {@code hamyar.demo-data.enabled}
 * (environment {@code DEMO_DATA}, set by {@code ./hamyar up}). Loading is idempotent, so a
 * restarted service or a second replica loads nothing twice.
 */
@ConfigMapping(prefix = "hamyar.demo-data")
public interface DemoDataConfig {

    /** Load the demo data of the seed agreements at start. */
    @WithDefault("false")
    boolean enabled();
}
