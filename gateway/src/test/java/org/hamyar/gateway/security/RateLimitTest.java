package org.hamyar.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.hamyar.gateway.testing.ManualTicker;
import org.hamyar.gateway.testing.Tokens;
import org.hamyar.infrastructure.testing.DemoUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/**
 * Per-client token buckets: a burst of 3, then one request every 5 seconds. Time stands still
 * unless the test moves it ({@link ManualTicker}), so a slow machine changes no answer.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallBurst.class)
class RateLimitTest {

    public static class SmallBurst implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hamyar.gateway.rate-limit.burst", "3",
                    "hamyar.gateway.rate-limit.requests-per-second", "0.2");
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(ManualTicker.class);
        }
    }

    @Inject
    ManualTicker ticker;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void afterTheBurstAClientGets429WithRetryAfterWhileOthersGoOn() {
        String maryam = Tokens.of(DemoUsers.DONOR_MARYAM);
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(maryam).when().get("/api/donations").then().statusCode(200);
        }

        given().auth().oauth2(maryam)
                .when().get("/api/donations")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .header("X-Request-Id", not(nullValue()))
                .body("type", equalTo("urn:hamyar:problem:rate-limited"))
                .body("retryAfter", equalTo(5));

        given().auth().oauth2(Tokens.of(DemoUsers.DONOR_REZA))
                .when().get("/api/donations")
                .then().statusCode(200);

        ticker.advance(Duration.ofSeconds(5));
        given().auth().oauth2(maryam).when().get("/api/donations").then().statusCode(200);
    }

    @Test
    void callersWithoutAValidTokenAreLimitedByAddress() {
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", "Bearer forged-" + i).when().get("/api/persons").then().statusCode(401);
        }

        given().header("Authorization", "Bearer forged-again")
                .when().get("/api/persons")
                .then().statusCode(429)
                .header("Retry-After", not(nullValue()));
    }
}
