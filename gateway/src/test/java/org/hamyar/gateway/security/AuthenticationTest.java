package org.hamyar.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.hamyar.gateway.routing.DownstreamService;
import org.hamyar.gateway.testing.StubService;
import org.hamyar.gateway.testing.StubServices;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** The gateway verifies the Keycloak token itself before anything reaches a service. */
@QuarkusTest
class AuthenticationTest {

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void withoutATokenTheAnswerIsA401ProblemAndNothingReachesTheService() {
        StubService agreements = StubServices.stub(DownstreamService.AGREEMENTS);
        long before = agreements.apiCount();

        given().when().get("/api/organizations")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .header("X-Request-Id", not(nullValue()))
                .body("type", equalTo("urn:hamyar:problem:unauthorized"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/organizations"))
                .body("requestId", not(nullValue()));

        assertThat(agreements.apiCount()).isEqualTo(before);
    }

    @Test
    void aTokenThatDoesNotVerifyIsA401Problem() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5In0.c2lnbmF0dXJl")
                .when().get("/api/persons")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:hamyar:problem:unauthorized"));

        given().header("Authorization", "Bearer not-a-token-at-all")
                .when().post("/api/aid")
                .then().statusCode(401)
                .body("type", equalTo("urn:hamyar:problem:unauthorized"));
    }

    @Test
    void theProblemSpeaksPersianWhenTheCallerPrefersIt() {
        given().header("Accept-Language", "fa-IR, en;q=0.5")
                .when().get("/api/donors")
                .then().statusCode(401)
                .body("title", equalTo("احراز هویت نشده"));
    }

    @Test
    void theGatewaysOwnViewsNeedATokenToo() {
        given().when().get("/api/mobile/me")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void healthMetricsAndDocumentsNeedNoToken() {
        given().when().get("/q/health").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
        given().when().get("/api-docs/openapi.json").then().statusCode(200);
    }

    @Test
    void aCorsPreflightIsAnsweredWithoutAToken() {
        given().header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization, Content-Type, Idempotency-Key")
                .when().options("/api/persons")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:3000"))
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"))
                .header("X-Request-Id", not(nullValue()));
    }

    @Test
    void anOriginNotConfiguredGetsNoCorsGrant() {
        given().header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/api/persons")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
