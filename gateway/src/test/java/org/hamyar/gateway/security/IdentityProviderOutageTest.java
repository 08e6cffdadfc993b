package org.hamyar.gateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.hamyar.gateway.testing.Tokens;
import org.hamyar.infrastructure.testing.DemoUsers;
import org.hamyar.infrastructure.testing.ForgedTokens;
import org.hamyar.infrastructure.testing.KeycloakOutageTestResource;
import org.hamyar.infrastructure.testing.SwitchableForwarder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;

/**
 * Keycloak goes away while the gateway runs: tokens signed with a key the gateway holds keep
 * working, a token that needs Keycloak (a key id the gateway does not know) is a 503 problem the
 * client may retry, and a bad token stays a 401.
 */
@QuarkusTest
@TestProfile(IdentityProviderOutageTest.KeycloakBehindASwitch.class)
class IdentityProviderOutageTest {

    /** The gateway reaches Keycloak through a forwarder the test switches; up at start. */
    public static class KeycloakBehindASwitch implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KeycloakOutageTestResource.class, Map.of(), false));
        }
    }

    private final SwitchableForwarder keycloak = KeycloakOutageTestResource.identityProvider();

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @AfterEach
    void keycloakIsBack() {
        keycloak.switchOn();
    }

    @Test
    void whileKeycloakIsReachableAnUnknownKeyAndABrokenSignatureAre401() {
        String token = Tokens.of(DemoUsers.COORDINATOR_QAZVIN_RELIEF);

        call(token).statusCode(200);
        unauthorized(call(ForgedTokens.withUnknownKeyId(token)));
        unauthorized(call(ForgedTokens.withBrokenSignature(token)));
    }

    @Test
    void whileKeycloakIsAwayKnownKeysStillVerifyAndAnUnknownKeyIsA503() {
        String token = Tokens.of(DemoUsers.COORDINATOR_QAZVIN_RELIEF);
        call(token).statusCode(200);

        keycloak.switchOff();

        // verified locally with the key the gateway holds: no call to Keycloak
        call(token).statusCode(200);
        // a key id the gateway does not know: the keys must be fetched again, and Keycloak is away
        identityProviderUnavailable(call(ForgedTokens.withUnknownKeyId(token)));
        // bad with the keys at hand: 401 whether Keycloak is up or not
        unauthorized(call(ForgedTokens.withBrokenSignature(token)));
        given().when().get("/api/organizations").then().statusCode(401)
                .body("type", equalTo("urn:hamyar:problem:unauthorized"));

        keycloak.switchOn();

        // the keys are fetched again and the key id is still unknown: now it is the token's fault
        unauthorized(call(ForgedTokens.withUnknownKeyId(token)));
        call(token).statusCode(200);
    }

    static ValidatableResponse call(String token) {
        return given().auth().oauth2(token).when().get("/api/organizations").then();
    }

    static void unauthorized(ValidatableResponse response) {
        response.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("invalid_token"))
                .body("type", equalTo("urn:hamyar:problem:unauthorized"));
    }

    static void identityProviderUnavailable(ValidatableResponse response) {
        response.statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .header("WWW-Authenticate", nullValue())
                .header("X-Request-Id", not(nullValue()))
                .body("type", equalTo("urn:hamyar:problem:identity-provider-unavailable"))
                .body("status", equalTo(503))
                .body("retryAfter", equalTo(5));
    }
}
