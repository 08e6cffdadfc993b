package org.hamyar.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.Set;

import org.hamyar.gateway.testing.ManualTicker;
import org.hamyar.gateway.testing.Tokens;
import org.hamyar.infrastructure.testing.DemoUsers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A limit of its own for one OAuth client ({@code hamyar.gateway.rate-limit.clients}): the demo
 * users sign in through {@code hamyar-app}, which is given a burst of 5 while everyone else keeps
 * the default burst of 3. Time stands still ({@link ManualTicker}).
 */
@QuarkusTest
@TestProfile(ClientRateLimitTest.AppClientLimit.class)
class ClientRateLimitTest {

    public static class AppClientLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hamyar.gateway.rate-limit.burst", "3",
                    "hamyar.gateway.rate-limit.requests-per-second", "0.2",
                    "hamyar.gateway.rate-limit.clients", "partner-erp=1000/2000, hamyar-app=0.2/5");
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(ManualTicker.class);
        }
    }

    @Test
    void aClientWithALimitOfItsOwnGetsItsBurstEachOfItsUsersSeparately() {
        String maryam = Tokens.of(DemoUsers.DONOR_MARYAM);
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(maryam).when().get("/api/donations").then().statusCode(200);
        }
        given().auth().oauth2(maryam)
                .when().get("/api/donations")
                .then().statusCode(429)
                .header("Retry-After", equalTo("5"))
                .body("type", equalTo("urn:hamyar:problem:rate-limited"));

        // another user of the same client has a bucket of its own, at the client's limit
        String reza = Tokens.of(DemoUsers.DONOR_REZA);
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(reza).when().get("/api/donations").then().statusCode(200);
        }
    }

    @Test
    void callersWithoutAValidTokenKeepTheDefault() {
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", "Bearer forged-" + i).when().get("/api/persons").then().statusCode(401);
        }
        given().header("Authorization", "Bearer forged-again")
                .when().get("/api/persons")
                .then().statusCode(429)
                .header("Retry-After", not(nullValue()));
    }
}
