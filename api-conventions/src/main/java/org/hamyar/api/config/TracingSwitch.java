package org.hamyar.api.config;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The one switch for traces, the same in every service and the gateway: the standard OpenTelemetry
 * variable {@code OTEL_EXPORTER_OTLP_ENDPOINT}. Unset (the default), the OpenTelemetry SDK is off
 * ({@code quarkus.otel.sdk.disabled=true}): no spans, no trace ids, nothing exported. Set, the SDK is on
 * and sends every span over OTLP to that endpoint (gRPC, e.g. {@code http://collector:4317}).
 *
 * <p>A configuration source with ordinal {@value #ORDINAL}: below {@code application.properties} (250)
 * and the environment (300), so that either may still say {@code quarkus.otel.sdk.disabled} (a test
 * that records spans in memory does); above the libraries' defaults (100).
 */
public class TracingSwitch implements ConfigSource {

    /** The standard OpenTelemetry variable: where to send spans. */
    public static final String ENDPOINT_VARIABLE = "OTEL_EXPORTER_OTLP_ENDPOINT";
    static final String SDK_DISABLED = "quarkus.otel.sdk.disabled";
    static final String ENDPOINT = "quarkus.otel.exporter.otlp.endpoint";
    static final int ORDINAL = 200;

    private final Function<String, String> environment;

    public TracingSwitch() {
        this(System::getenv);
    }

    TracingSwitch(Function<String, String> environment) {
        this.environment = environment;
    }

    private String endpoint() {
        String endpoint = environment.apply(ENDPOINT_VARIABLE);
        return endpoint == null || endpoint.isBlank() ? null : endpoint.strip();
    }

    @Override
    public Set<String> getPropertyNames() {
        return endpoint() == null ? Set.of(SDK_DISABLED) : Set.of(SDK_DISABLED, ENDPOINT);
    }

    @Override
    public Map<String, String> getProperties() {
        String endpoint = endpoint();
        return endpoint == null ? Map.of(SDK_DISABLED, "true") : Map.of(SDK_DISABLED, "false", ENDPOINT, endpoint);
    }

    @Override
    public String getValue(String propertyName) {
        return getProperties().get(propertyName);
    }

    @Override
    public String getName() {
        return "hamyar-tracing-switch (" + ENDPOINT_VARIABLE + ")";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
