package org.hamyar.api.persistence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** The database's refusals as problems, against the real PostgreSQL. */
@QuarkusTest
class PersistenceProblemsTest {

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void optimisticLockFailuresAreConflictsEvenWhenWrapped() {
        for (String path : new String[] {"/test/problem/optimistic", "/test/problem/stale", "/test/problem/wrapped-optimistic"}) {
            given().when().get(path)
                    .then().statusCode(409)
                    .contentType("application/problem+json")
                    .header("X-Request-Id", notNullValue())
                    .body("type", equalTo("urn:hamyar:problem:concurrent-modification"))
                    .body("title", equalTo("Concurrent modification"))
                    .body("instance", equalTo(path));
        }
    }

    @Test
    void aUniqueViolationInPostgresIsAConflictThatNamesNoConstraint() {
        given().when().get("/test/problem/duplicate")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hamyar:problem:conflict"))
                .body("detail", equalTo("The change conflicts with data that already exists."))
                .body(not(containsString("once_pkey")));
    }

    @Test
    void textWithANulCharacterIsTheClientsBadRequestNotAnInternalError() {
        given().when().get("/test/problem/nul")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hamyar:problem:unstorable-character"))
                .body("detail", containsString("U+0000"));
        given().header("Accept-Language", "fa").when().get("/test/problem/nul")
                .then().statusCode(400)
                .body("title", equalTo("نویسهٔ ذخیره‌نشدنی"));
    }

    @Test
    void aDatabaseTakingNoMoreConnectionsIsA503ToRetryNotAnInternalError() {
        for (String path : new String[] {"/test/problem/too-many-clients", "/test/problem/acquisition-timeout"}) {
            given().when().get(path)
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("1"))
                    .body("type", equalTo("urn:hamyar:problem:service-unavailable"))
                    .body(not(containsString("too many clients")));
        }
    }

    @Test
    void persianTextsComeFromTheConventionsBundle() {
        given().header("Accept-Language", "fa").when().get("/test/problem/optimistic")
                .then().statusCode(409)
                .body("type", equalTo("urn:hamyar:problem:concurrent-modification"))
                .body("title", not(equalTo("Concurrent modification")));
    }
}
