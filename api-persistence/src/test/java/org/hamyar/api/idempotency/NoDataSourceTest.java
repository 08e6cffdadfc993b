package org.hamyar.api.idempotency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * An application without a datasource, as the gateway is: it starts, serves and answers problems;
 * only an idempotent request that carries a key cannot be served.
 */
@QuarkusTest
@TestProfile(NoDataSourceTest.WithoutDataSource.class)
class NoDataSourceTest {

    public static class WithoutDataSource implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.active", "false", "quarkus.flyway.migrate-at-start", "false");
        }
    }

    @Inject
    IdempotencyStore store;
    @Inject
    IdempotencyCleanup.WithoutDataSource cleanupSkipped;

    @Test
    void theApplicationServesWithoutADatasource() {
        given().when().get("/test/today")
                .then().statusCode(200)
                .body("createdOnJalali", equalTo("1403-01-01"));
        given().when().get("/test/problem/optimistic")
                .then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void idempotentEndpointsRunWhenNoKeyIsSent() {
        given().contentType(ContentType.JSON).body("{\"name\":\"x\"}")
                .when().post("/test/things")
                .then().statusCode(201)
                .header("Idempotent-Replayed", nullValue());
    }

    @Test
    void aKeyCannotBeHonouredWithoutADatasource() {
        given().contentType(ContentType.JSON).body("{\"name\":\"x\"}").header("Idempotency-Key", "k-1")
                .when().post("/test/things")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hamyar:problem:internal-error"));
    }

    @Test
    void theCleanupSkipsItself() {
        assertThat(store.available()).isFalse();
        assertThat(cleanupSkipped.test(null)).isTrue();
    }
}
