package org.hamyar.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.hamyar.gateway.routing.DownstreamService;
import org.hamyar.gateway.testing.StubService;
import org.hamyar.gateway.testing.StubServices;
import org.hamyar.gateway.testing.Tokens;
import org.hamyar.infrastructure.testing.DemoUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * A service down, failing or slow: the caller gets a quick problem that names the service, and a
 * breaker spares the service while it recovers. The test profile sets a 1 s timeout, a breaker
 * opening after 3 failures for 2 s.
 */
@QuarkusTest
class ResilienceTest {

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static RequestSpecification asAuditor() {
        return given().auth().oauth2(Tokens.of(DemoUsers.AUDITOR));
    }

    @Test
    void aServiceThatRefusesConnectionsIsA503ProblemNamingIt() {
        StubService beneficiaries = StubServices.stub(DownstreamService.BENEFICIARIES);
        beneficiaries.stop();
        try {
            asAuditor().when().get("/api/households")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("X-Request-Id", not(nullValue()))
                    .body("type", equalTo("urn:hamyar:problem:service-unavailable"))
                    .body("service", equalTo("beneficiaries-service"))
                    .body("detail", containsString("beneficiaries-service"));
        } finally {
            beneficiaries.start();
        }
        awaitHealthy("/api/households");
    }

    @Test
    void afterRepeatedFailuresTheBreakerAnswers503AtOnceThenATrialClosesIt() {
        StubService donors = StubServices.stub(DownstreamService.DONORS);
        for (int i = 0; i < 3; i++) {
            asAuditor().header("X-Stub-Status", "503")
                    .when().get("/api/funds")
                    .then().statusCode(503)
                    .body("type", equalTo("urn:hamyar:problem:stub-503"));
        }
        long reached = donors.apiCount();

        asAuditor().when().get("/api/funds")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("2"))
                .body("type", equalTo("urn:hamyar:problem:circuit-open"))
                .body("service", equalTo("donors-service"))
                .body("retryAfter", equalTo(2));
        assertThat(donors.apiCount()).as("an open breaker spares the service").isEqualTo(reached);

        await().atMost(10, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                asAuditor().when().get("/api/funds").then().statusCode(200));
        asAuditor().when().get("/api/donations").then().statusCode(200);
    }

    @Test
    void aServiceSilentBeyondTheTimeoutIsA504Problem() {
        asAuditor().header("X-Stub-Delay-Ms", "3000")
                .when().get("/api/calendar")
                .then().statusCode(504)
                .time(lessThan(2900L))
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hamyar:problem:gateway-timeout"))
                .body("service", equalTo("agreements-service"));

        asAuditor().when().get("/api/calendar").then().statusCode(200);
    }

    @Test
    void aSafeRequestWhoseConnectionBreaksBeforeAnyAnswerGoesOutOnceMore() {
        StubService agreements = StubServices.stub(DownstreamService.AGREEMENTS);
        int before = agreements.arrived();

        asAuditor().header("X-Stub-Close-First", "safe-" + System.nanoTime())
                .when().get("/api/calendar")
                .then().statusCode(200)
                .body("path", equalTo("/api/calendar"));

        assertThat(agreements.arrived() - before).as("the first try, closed, and the second").isEqualTo(2);
    }

    @Test
    void anUnsafeRequestWhoseConnectionBreaksIsA502AndGoesOutOnlyOnce() {
        StubService agreements = StubServices.stub(DownstreamService.AGREEMENTS);
        int before = agreements.arrived();

        given().auth().oauth2(Tokens.of(DemoUsers.COORDINATOR_QAZVIN_RELIEF))
                .header("X-Stub-Close-First", "unsafe-" + System.nanoTime())
                .contentType("application/json").body("{}")
                .when().post("/api/calendar")
                .then().statusCode(502)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hamyar:problem:bad-gateway"))
                .body("service", equalTo("agreements-service"));

        assertThat(agreements.arrived() - before).as("a POST is never sent twice").isEqualTo(1);
    }

    private static void awaitHealthy(String path) {
        await().atMost(10, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                asAuditor().when().get(path).then().statusCode(200));
    }
}
