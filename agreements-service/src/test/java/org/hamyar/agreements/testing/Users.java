package org.hamyar.agreements.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.hamyar.infrastructure.testing.DemoUsers;
import org.hamyar.infrastructure.testing.KeycloakTestResource;

/**
 * Real users of the test Keycloak and their real access tokens. A test that needs a coordinator of
 * an organisation it has just registered gets one created in the realm (with the {@code org}
 * attribute), exactly as an administrator would.
 */
public final class Users {

    public static final String ADMIN = DemoUsers.ADMIN;
    public static final String AUDITOR = DemoUsers.AUDITOR;

    private record Token(String value, Instant fetched) {
    }

    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();
    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();
    /** Tokens live 15 minutes in the realm; fetch a new one well before. */
    private static final Duration REUSE = Duration.ofMinutes(5);

    private Users() {
    }

    public static String coordinatorOf(UUID organization) {
        return user("coordinator", organization);
    }

    public static String officerOf(UUID organization) {
        return user("officer", organization);
    }

    public static String donorOf(UUID organization) {
        return user("donor", organization);
    }

    private static String user(String role, UUID organization) {
        String username = "t-" + role + "-" + organization;
        if (CREATED.add(username)) {
            KeycloakTestResource.keycloak().createUser(username, DemoUsers.PASSWORD, organization, role);
        }
        return username;
    }

    /** A request as {@code username}, JSON both ways. */
    public static RequestSpecification as(String username) {
        return given().auth().oauth2(token(username)).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static String token(String username) {
        return TOKENS.compute(username, (name, cached) -> cached != null && cached.fetched().plus(REUSE).isAfter(Instant.now())
                ? cached
                : new Token(KeycloakTestResource.keycloak().token(name, DemoUsers.PASSWORD), Instant.now())).value();
    }
}
