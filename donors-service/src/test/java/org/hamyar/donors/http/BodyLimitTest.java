package org.hamyar.donors.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;

/** Called directly, not only through the gateway, the service takes bodies of at most 1 MB: 413 problem beyond. */
@QuarkusTest
class BodyLimitTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aJsonBodyOverOneMegabyteIsA413Problem() {
        String body = "{\"displayName\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";
        for (String path : new String[] {"/api/donors", "/api/donations", "/api/allocations", "/api/funds"}) {
            given().contentType("application/json").body(body)
                    .when().post(path)
                    .then().statusCode(413)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:hamyar:problem:payload-too-large"))
                    .body("status", equalTo(413));
        }
    }
}
