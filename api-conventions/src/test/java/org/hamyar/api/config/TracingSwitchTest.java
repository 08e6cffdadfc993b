package org.hamyar.api.config;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.PropertiesConfigSource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Traces are off unless OTEL_EXPORTER_OTLP_ENDPOINT says where to send them. */
class TracingSwitchTest {

    private static SmallRyeConfig config(Map<String, String> environment, Map<String, String> applicationProperties) {
        return new SmallRyeConfigBuilder()
                .withSources(new TracingSwitch(environment::get))
                .withSources(new PropertiesConfigSource(applicationProperties, "application.properties", 250))
                .build();
    }

    @Test
    void withoutAnEndpointTheSdkIsOff() {
        SmallRyeConfig config = config(Map.of(), Map.of());
        assertThat(config.getValue(TracingSwitch.SDK_DISABLED, Boolean.class)).isTrue();
        assertThat(config.getOptionalValue(TracingSwitch.ENDPOINT, String.class)).isEmpty();
        assertThat(config(Map.of(TracingSwitch.ENDPOINT_VARIABLE, "  "), Map.of())
                .getValue(TracingSwitch.SDK_DISABLED, Boolean.class)).isTrue();
    }

    @Test
    void anEndpointTurnsTheSdkOnAndIsWhereSpansGo() {
        SmallRyeConfig config = config(Map.of(TracingSwitch.ENDPOINT_VARIABLE, "http://collector:4317"), Map.of());
        assertThat(config.getValue(TracingSwitch.SDK_DISABLED, Boolean.class)).isFalse();
        assertThat(config.getValue(TracingSwitch.ENDPOINT, String.class)).isEqualTo("http://collector:4317");
    }

    @Test
    void applicationPropertiesStillDecide() {
        SmallRyeConfig config = config(Map.of(), Map.of(TracingSwitch.SDK_DISABLED, "false"));
        assertThat(config.getValue(TracingSwitch.SDK_DISABLED, Boolean.class)).isFalse();
    }
}
