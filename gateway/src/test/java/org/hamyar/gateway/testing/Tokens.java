package org.hamyar.gateway.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hamyar.infrastructure.testing.DemoUsers;
import org.hamyar.infrastructure.testing.KeycloakTestResource;

/** Real access tokens of the demo users from the test Keycloak, one per user per test JVM (they live 15 minutes). */
public final class Tokens {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Tokens() {
    }

    public static String of(String username) {
        return TOKENS.computeIfAbsent(username,
                user -> KeycloakTestResource.keycloak().token(user, DemoUsers.PASSWORD));
    }
}
