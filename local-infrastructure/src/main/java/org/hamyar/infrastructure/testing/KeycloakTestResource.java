package org.hamyar.infrastructure.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.hamyar.infrastructure.KeycloakServer;

import java.nio.file.Path;
import java.util.Map;

/**
 * A real Keycloak with the realm {@code hamyar} and its demo users for {@code @QuarkusTest}s: one
 * per test JVM, started on first use on a free port (about 15 s, 45 s the very first time on a
 * machine) and shared by every test class; it stops when the JVM exits.
 *
 * <pre>{@code @QuarkusTestResource(KeycloakTestResource.class)}</pre>
 *
 * <p>Tokens: {@code KeycloakTestResource.keycloak().token(DemoUsers.OFFICER_QAZVIN_RELIEF, DemoUsers.PASSWORD)}.
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile KeycloakServer keycloak;

    /** The shared Keycloak, started if needed. */
    public static synchronized KeycloakServer keycloak() {
        if (keycloak == null) {
            Path home = TemporaryDirectories.create("hamyar-keycloak-");
            TemporaryDirectories.deleteOnExit(home, KeycloakTestResource::stopKeycloak);
            keycloak = KeycloakServer.start(home, 0);
        }
        return keycloak;
    }

    private static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.stop();
        }
    }

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.oidc.auth-server-url", keycloak().realmUrl());
    }

    @Override
    public void stop() {
        // shared by every test class of this JVM: it stops when the JVM exits
    }
}
