package org.hamyar.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamyar.gateway.security.IdentityProviderOutageTest.call;
import static org.hamyar.gateway.security.IdentityProviderOutageTest.identityProviderUnavailable;
import static org.hamyar.gateway.security.IdentityProviderOutageTest.unauthorized;

import java.util.List;
import java.util.Map;

import org.hamyar.gateway.testing.Tokens;
import org.hamyar.infrastructure.testing.DemoUsers;
import org.hamyar.infrastructure.testing.ForgedTokens;
import org.hamyar.infrastructure.testing.KeycloakOutageTestResource;
import org.hamyar.infrastructure.testing.SwitchableForwarder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/**
 * The gateway starts while Keycloak is away: it starts all the same, answers every token with a
 * 503 problem (it has no keys to check any token with), and accepts tokens as soon as Keycloak
 * answers, without a restart.
 */
@QuarkusTest
@TestProfile(IdentityProviderDownAtStartTest.KeycloakDownAtStart.class)
class IdentityProviderDownAtStartTest {

    /** The gateway reaches Keycloak through a forwarder the test switches; down at start. */
    public static class KeycloakDownAtStart implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KeycloakOutageTestResource.class,
                    Map.of(KeycloakOutageTestResource.INITIALLY, "down"), false));
        }
    }

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void tokensAreAcceptedOnceKeycloakAnswersWithoutARestart() {
        SwitchableForwarder keycloak = KeycloakOutageTestResource.identityProvider();
        String token = Tokens.of(DemoUsers.COORDINATOR_QAZVIN_RELIEF);

        identityProviderUnavailable(call(token));
        // without the realm's keys no token can be told good or bad
        identityProviderUnavailable(call("not-a-token"));
        // no token at all needs no Keycloak to be refused
        given().when().get("/api/organizations").then().statusCode(401)
                .body("type", equalTo("urn:hamyar:problem:unauthorized"));

        keycloak.switchOn();

        call(token).statusCode(200);
        unauthorized(call(ForgedTokens.withBrokenSignature(token)));
    }
}
