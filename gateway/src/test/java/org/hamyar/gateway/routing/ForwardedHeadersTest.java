package org.hamyar.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.vertx.core.MultiMap;

class ForwardedHeadersTest {

    @Test
    void endToEndHeadersCrossAndHopByHopOnesDoNot() {
        MultiMap incoming = MultiMap.caseInsensitiveMultiMap()
                .add("Host", "gateway.example:8080")
                .add("Authorization", "Bearer abc")
                .add("Content-Type", "application/json")
                .add("Accept-Language", "fa")
                .add("If-Match", "\"3\"")
                .add("X-Request-Id", "req-1")
                .add("Connection", "keep-alive, X-Secret-Hop")
                .add("X-Secret-Hop", "1")
                .add("Keep-Alive", "timeout=5")
                .add("Transfer-Encoding", "chunked")
                .add("TE", "trailers")
                .add("Upgrade", "h2c")
                .add("Proxy-Authorization", "Basic x")
                .add("Expect", "100-continue");

        MultiMap outgoing = ForwardedHeaders.toService(incoming, "10.0.0.7", "http");

        assertThat(outgoing.get("Authorization")).isEqualTo("Bearer abc");
        assertThat(outgoing.get("Content-Type")).isEqualTo("application/json");
        assertThat(outgoing.get("Accept-Language")).isEqualTo("fa");
        assertThat(outgoing.get("If-Match")).isEqualTo("\"3\"");
        assertThat(outgoing.get("X-Request-Id")).isEqualTo("req-1");
        assertThat(outgoing.get("Host")).isEqualTo("gateway.example:8080");
        for (String dropped : new String[] {"Connection", "X-Secret-Hop", "Keep-Alive", "Transfer-Encoding", "TE",
                "Upgrade", "Proxy-Authorization", "Expect"}) {
            assertThat(outgoing.contains(dropped)).as(dropped).isFalse();
        }
    }

    @Test
    void theCallersTraceContextIsNotPassedOnAsItIs() {
        MultiMap incoming = MultiMap.caseInsensitiveMultiMap()
                .add("Authorization", "Bearer t")
                .add("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .add("TraceState", "vendor=1")
                .add("baggage", "user=someone");

        MultiMap outgoing = ForwardedHeaders.toService(incoming, "10.0.0.7", "http");

        assertThat(outgoing.names()).doesNotContain("traceparent", "TraceState", "baggage").contains("Authorization");
    }

    @Test
    void theCallersForwardedClaimsAreReplacedByWhatTheGatewaySaw() {
        MultiMap incoming = MultiMap.caseInsensitiveMultiMap()
                .add("Host", "gateway.example")
                .add("X-Forwarded-For", "1.2.3.4")
                .add("X-Forwarded-Host", "evil.example")
                .add("Forwarded", "for=1.2.3.4");

        MultiMap outgoing = ForwardedHeaders.toService(incoming, "10.0.0.7", "https");

        assertThat(outgoing.getAll("X-Forwarded-For")).containsExactly("10.0.0.7");
        assertThat(outgoing.get("X-Forwarded-Proto")).isEqualTo("https");
        assertThat(outgoing.getAll("X-Forwarded-Host")).containsExactly("gateway.example");
        assertThat(outgoing.contains("Forwarded")).isFalse();
    }

    @Test
    void aServicesAbsoluteLocationIsRewrittenToTheGatewayAndItsCorsHeadersAreDropped() {
        MultiMap fromService = MultiMap.caseInsensitiveMultiMap()
                .add("Location", "http://localhost:8081/api/organizations/42")
                .add("ETag", "\"1\"")
                .add("Content-Type", "application/problem+json")
                .add("Access-Control-Allow-Origin", "*")
                .add("Transfer-Encoding", "chunked")
                .add("X-Request-Id", "req-1");
        MultiMap toCaller = MultiMap.caseInsensitiveMultiMap();

        ForwardedHeaders.toCaller(fromService, toCaller, "http://localhost:8081", "https://api.hamyar.example");

        assertThat(toCaller.get("Location")).isEqualTo("https://api.hamyar.example/api/organizations/42");
        assertThat(toCaller.get("ETag")).isEqualTo("\"1\"");
        assertThat(toCaller.get("Content-Type")).isEqualTo("application/problem+json");
        assertThat(toCaller.contains("Access-Control-Allow-Origin")).isFalse();
        assertThat(toCaller.contains("Transfer-Encoding")).isFalse();
        assertThat(toCaller.contains("X-Request-Id")).as("the gateway sets it once").isFalse();
    }

    @Test
    void aLocationElsewhereIsLeftAlone() {
        MultiMap fromService = MultiMap.caseInsensitiveMultiMap().add("Location", "/api/organizations/42");
        MultiMap toCaller = MultiMap.caseInsensitiveMultiMap();

        ForwardedHeaders.toCaller(fromService, toCaller, "http://localhost:8081", "https://api.hamyar.example");

        assertThat(toCaller.get("Location")).isEqualTo("/api/organizations/42");
    }
}
