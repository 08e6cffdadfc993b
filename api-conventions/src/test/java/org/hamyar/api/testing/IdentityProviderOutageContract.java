package org.hamyar.api.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.hamyar.infrastructure.testing.DemoUsers;
import org.hamyar.infrastructure.testing.ForgedTokens;
import org.hamyar.infrastructure.testing.KeycloakOutageTestResource;
import org.hamyar.infrastructure.testing.KeycloakTestResource;
import org.hamyar.infrastructure.testing.SwitchableForwarder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;

/**
 * What every service shows of Keycloak going away. A service verifies tokens itself, so it must
 * tell "Keycloak cannot be reached" from "bad token" itself: it starts while Keycloak is away and
 * answers 503 (the client keeps its token), accepts tokens once Keycloak answers without a restart,
 * keeps accepting tokens signed with a key it holds when Keycloak goes away again, and answers 503
 * only for a token that needs Keycloak (a key id it does not know); a bad token is 401 throughout.
 *
 * <p>A service's test extends it, annotated {@code @QuarkusTest} and
 * {@code @TestProfile(IdentityProviderOutageContract.KeycloakDownAtStart.class)}, and names a
 * path a coordinator of the Qazvin relief committee may read.
 */
public abstract class IdentityProviderOutageContract {

    private final String path;

    protected IdentityProviderOutageContract(String path) {
        this.path = path;
    }

    /** The service reaches Keycloak through a forwarder the test switches; down at start. */
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

    @AfterEach
    void keycloakIsBack() {
        KeycloakOutageTestResource.identityProvider().switchOn();
    }

    @Test
    void keycloakAwayIsA503AndABadTokenA401() {
        SwitchableForwarder keycloak = KeycloakOutageTestResource.identityProvider();
        String token = KeycloakTestResource.keycloak().token(DemoUsers.COORDINATOR_QAZVIN_RELIEF, DemoUsers.PASSWORD);

        // started without Keycloak: no keys, so no token can be checked
        identityProviderUnavailable(call(token));

        keycloak.switchOn();

        // no restart: the realm is reached at the next request
        call(token).statusCode(200);
        unauthorized(call(ForgedTokens.withUnknownKeyId(token)));
        unauthorized(call(ForgedTokens.withBrokenSignature(token)));

        keycloak.switchOff();

        // verified locally with the key the service holds
        call(token).statusCode(200);
        // a key id the service does not know needs Keycloak's keys
        identityProviderUnavailable(call(ForgedTokens.withUnknownKeyId(token)));
        // bad with the keys at hand
        unauthorized(call(ForgedTokens.withBrokenSignature(token)));
        given().when().get(path).then().statusCode(401);
    }

    private ValidatableResponse call(String token) {
        return given().auth().oauth2(token).when().get(path).then();
    }

    private static void unauthorized(ValidatableResponse response) {
        response.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("invalid_token"))
                .body("type", equalTo("urn:hamyar:problem:unauthorized"));
    }

    private static void identityProviderUnavailable(ValidatableResponse response) {
        response.statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .header("WWW-Authenticate", nullValue())
                .header("X-Request-Id", not(nullValue()))
                .body("type", equalTo("urn:hamyar:problem:identity-provider-unavailable"))
                .body("retryAfter", equalTo(5));
    }
}
