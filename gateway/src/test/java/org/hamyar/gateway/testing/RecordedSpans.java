package org.hamyar.gateway.testing;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The tests' span exporter: spans stay in memory, nothing is exported. It records only where a test
 * profile turns the SDK on (TracingTest); everywhere else traces are off, as in a gateway without
 * OTEL_EXPORTER_OTLP_ENDPOINT.
 */
@ApplicationScoped
public class RecordedSpans {

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }
}
