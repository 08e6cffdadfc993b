package org.hamyar.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.time.Duration;

import org.hamyar.api.testing.OpenApiDocuments;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import static org.awaitility.Awaitility.await;

/** Both documents the gateway serves, read by the reference parser as a client generator would. */
@QuarkusTest
class ValidOpenApiTest {

    @Test
    void theGatewaysOwnDocumentIsValid() {
        OpenApiDocuments.assertValid(given().when().get("/q/openapi").then().statusCode(200).extract().asString());
    }

    @Test
    void theMergedDocumentOfTheGatewayAndEveryServiceIsValid() {
        // another test may just have stopped a stub service: wait for a document with all three
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                given().when().get("/api-docs/openapi.json").then().statusCode(200).body("$", not(hasKey("x-missing"))));

        OpenApiDocuments.assertValid(
                given().when().get("/api-docs/openapi.json").then().statusCode(200).extract().asString());
    }
}
