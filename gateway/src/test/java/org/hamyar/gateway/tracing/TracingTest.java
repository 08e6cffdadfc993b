package org.hamyar.gateway.tracing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.hamyar.gateway.routing.DownstreamService;
import org.hamyar.gateway.testing.StubServices;
import org.hamyar.gateway.testing.Tokens;
import org.hamyar.infrastructure.testing.DemoUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;

/**
 * With traces on, a request through the gateway and the service's work on it are one trace: the gateway
 * sends the service the traceparent of its own call, a child of the request's span.
 */
@QuarkusTest
@TestProfile(TracingTest.TracesOn.class)
class TracingTest {

    /** What OTEL_EXPORTER_OTLP_ENDPOINT does, with the spans kept in memory instead of exported. */
    public static class TracesOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.bsp.schedule.delay", "50ms");
        }
    }

    private static final String CALLERS_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Inject
    InMemorySpanExporter spans;

    @BeforeEach
    void forgetEarlierSpans() {
        spans.reset();
    }

    @Test
    void theServiceReceivesTheTraceOfTheGatewaysCall() {
        given().auth().oauth2(Tokens.of(DemoUsers.COORDINATOR_QAZVIN_RELIEF))
                .when().get("/api/organizations")
                .then().statusCode(200);

        String traceparent = StubServices.stub(DownstreamService.AGREEMENTS).last().header("traceparent");
        assertThat(StubServices.stub(DownstreamService.AGREEMENTS).last().headers().keySet())
                .filteredOn("traceparent"::equalsIgnoreCase).hasSize(1);
        assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        SpanData call = await().atMost(Duration.ofSeconds(10))
                .until(() -> span(SpanKind.CLIENT), Optional::isPresent).orElseThrow();
        SpanData request = await().atMost(Duration.ofSeconds(10))
                .until(() -> span(SpanKind.SERVER), Optional::isPresent).orElseThrow();
        assertThat(traceparent.split("-")[1]).isEqualTo(request.getTraceId()).isEqualTo(call.getTraceId());
        assertThat(traceparent.split("-")[2]).as("the gateway's call to the service").isEqualTo(call.getSpanId());
        assertThat(call.getParentSpanId()).isEqualTo(request.getSpanId());
    }

    @Test
    void aCallersTraceGoesOnThroughTheGateway() {
        given().auth().oauth2(Tokens.of(DemoUsers.COORDINATOR_QAZVIN_RELIEF))
                .header("traceparent", "00-" + CALLERS_TRACE + "-00f067aa0ba902b7-01")
                .when().get("/api/persons")
                .then().statusCode(200);

        var received = StubServices.stub(DownstreamService.BENEFICIARIES).last();
        assertThat(received.headers().entrySet()).filteredOn(h -> h.getKey().equalsIgnoreCase("traceparent"))
                .singleElement().satisfies(h -> assertThat(h.getValue()).singleElement().satisfies(traceparent ->
                        assertThat(traceparent).as("the caller's trace, the gateway's call")
                                .startsWith("00-" + CALLERS_TRACE + "-").doesNotContain("00f067aa0ba902b7")));
    }

    private Optional<SpanData> span(SpanKind kind) {
        return spans.getFinishedSpanItems().stream().filter(s -> s.getKind() == kind).findFirst();
    }
}
