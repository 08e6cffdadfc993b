package org.hamyar.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import org.hamyar.gateway.testing.Tokens;
import org.hamyar.infrastructure.testing.DemoUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;

/** The packaged gateway (the jar the launcher and the image run), black-box, with real tokens and stub services. */
@QuarkusIntegrationTest
@Tag("packaged")
class PackagedGatewayIT {

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void startsReadyAndRoutesWithAVerifiedToken() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));

        given().auth().oauth2(Tokens.of(DemoUsers.OFFICER_QAZVIN_RURAL))
                .when().get("/api/persons?page=0")
                .then().statusCode(200)
                .body("service", equalTo("beneficiaries-service"))
                .body("query", equalTo("page=0"));

        given().when().get("/api/persons")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void servesTheMergedDocumentWithItsOwnViews() {
        given().when().get("/api-docs/openapi.json")
                .then().statusCode(200)
                .body("paths", hasKey("/api/mobile/me"))
                .body("paths", hasKey("/api/organizations"));
    }
}
