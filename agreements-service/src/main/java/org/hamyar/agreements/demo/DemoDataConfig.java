package org.hamyar.agreements.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code hamyar.demo-data.*} ({@code DEMO_DATA}): the seed reports' organisations and agreements. */
@ConfigMapping(prefix = "hamyar.demo-data")
public interface DemoDataConfig {

    /** Load what is missing of the demo data at start; {@code ./hamyar up} turns it on. */
    @WithDefault("false")
    boolean enabled();
}
