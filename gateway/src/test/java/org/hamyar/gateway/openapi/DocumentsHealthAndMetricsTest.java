package org.hamyar.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

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

/** The merged OpenAPI document, health that survives a service's outage, and the proxy's meters. */
@QuarkusTest
class DocumentsHealthAndMetricsTest {

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void theMergedDocumentHoldsEveryServicesPathsAndTheGatewaysOwn() {
        given().when().get("/api-docs/openapi.json")
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("paths", hasKey("/api/mobile/me"))
                .body("paths", hasKey("/api/organizations"))
                .body("paths", hasKey("/api/aid-checks"))
                .body("paths", hasKey("/api/allocations"))
                .body("paths", not(hasKey("/q/metrics")))
                .body("paths.'/api/mobile/me'.get.operationId", equalTo("mobileMe"))
                .body("paths.'/api/persons'.get.responses.'503'.'$ref'",
                        equalTo("#/components/responses/GatewayServiceUnavailable"))
                .body("components.schemas", hasKey("Problem"))
                .body("components.schemas", hasKey("beneficiaries-service.Problem"))
                .body("x-services", hasItem("donors-service"))
                .body("$", not(hasKey("x-missing")));
    }

    @Test
    void aServiceDownIsLeftOutOfTheDocumentAndNamed() {
        StubService donors = StubServices.stub(DownstreamService.DONORS);
        donors.stop();
        try {
            // the test profile keeps the document 1 s
            await().atMost(15, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                    given().when().get("/api-docs/openapi.json")
                            .then().statusCode(200)
                            .body("x-missing.service", hasItem("donors-service"))
                            .body("paths", not(hasKey("/api/donors")))
                            .body("paths", hasKey("/api/persons")));
        } finally {
            donors.start();
        }
        await().atMost(15, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                given().when().get("/api-docs/openapi.json").then().body("paths", hasKey("/api/donors")));
    }

    @Test
    void swaggerUiOpensTheMergedDocument() {
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("/api-docs/openapi.json"));
    }

    @Test
    void readinessStaysUpWhileAServiceIsDownAndTheDownstreamsGroupSaysWhich() {
        StubService beneficiaries = StubServices.stub(DownstreamService.BENEFICIARIES);
        beneficiaries.stop();
        try {
            given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
            given().when().get("/q/health/group/downstreams")
                    .then().statusCode(503)
                    .body("checks[0].data.'beneficiaries-service'", startsWith("DOWN"))
                    .body("checks[0].data.'agreements-service'", startsWith("UP"));
        } finally {
            beneficiaries.start();
        }
        given().when().get("/q/health/group/downstreams").then().statusCode(200);
    }

    @Test
    void proxiedRequestsAreCountedByServiceAndStatus() {
        given().auth().oauth2(Tokens.of(DemoUsers.AUDITOR_MINISTRY)).when().get("/api/endowments").then().statusCode(200);
        given().auth().oauth2(Tokens.of(DemoUsers.AUDITOR_MINISTRY)).header("X-Stub-Status", "404")
                .when().get("/api/endowments/1").then().statusCode(404);
        given().when().get("/api/endowments").then().statusCode(401);

        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("hamyar_gateway_proxied_requests_seconds_count{service=\"donors-service\",status=\"200\"}"))
                .body(containsString("hamyar_gateway_proxied_requests_seconds_count{service=\"donors-service\",status=\"404\"}"))
                .body(containsString("hamyar_gateway_rejected_requests_total{reason=\"unauthorized\"}"))
                .body(containsString("hamyar_gateway_circuit_breaker_state{service=\"agreements-service\"}"));
    }
}
