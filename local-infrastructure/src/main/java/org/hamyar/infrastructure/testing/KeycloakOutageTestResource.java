package org.hamyar.infrastructure.testing;

import java.util.Map;

import org.hamyar.infrastructure.KeycloakServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The shared test Keycloak ({@link KeycloakTestResource}) behind a {@link SwitchableForwarder}, so
 * that a test can make the identity provider unreachable and reachable again without disturbing
 * the other test classes, which talk to Keycloak directly. For a test profile of its own:
 *
 * <pre>{@code new TestResourceEntry(KeycloakOutageTestResource.class, Map.of(KeycloakOutageTestResource.INITIALLY, "down"))}</pre>
 *
 * <p>The application reaches the realm only through the forwarder: OIDC discovery is off (the
 * discovery document names Keycloak's own port) and the keys are read from
 * {@code <forwarder>/realms/hamyar/protocol/openid-connect/certs}; the expected issuer stays the
 * one Keycloak writes into its tokens. An unknown key id makes the application ask for the keys
 * again at once ({@code forced-jwk-refresh-interval=0S}), so that a test can see what a key
 * refresh does while Keycloak is away. Tokens come from Keycloak itself, which never stops:
 * {@link #identityProvider()} switches only the application's way to it.
 */
public class KeycloakOutageTestResource implements QuarkusTestResourceLifecycleManager {

    /** Init argument: {@code up} (the default) or {@code down} when the application starts. */
    public static final String INITIALLY = "initially";

    private static volatile SwitchableForwarder forwarder;
    private boolean initiallyUp = true;

    /** The application's way to Keycloak: {@code switchOff()} is an outage, {@code switchOn()} the end of it. */
    public static SwitchableForwarder identityProvider() {
        return forwarder;
    }

    @Override
    public void init(Map<String, String> initArgs) {
        initiallyUp = !"down".equals(initArgs.getOrDefault(INITIALLY, "up"));
    }

    @Override
    public Map<String, String> start() {
        KeycloakServer keycloak = KeycloakTestResource.keycloak();
        forwarder = SwitchableForwarder.to(keycloak.port());
        if (initiallyUp) {
            forwarder.switchOn();
        }
        String realm = "http://localhost:" + forwarder.port() + "/realms/" + KeycloakServer.REALM;
        return Map.of(
                "quarkus.oidc.auth-server-url", realm,
                "quarkus.oidc.discovery-enabled", "false",
                "quarkus.oidc.jwks-path", "protocol/openid-connect/certs",
                "quarkus.oidc.token.issuer", keycloak.realmUrl(),
                "quarkus.oidc.token.forced-jwk-refresh-interval", "0S");
    }

    @Override
    public void stop() {
        if (forwarder != null) {
            forwarder.close();
        }
    }

    /** After the shared Keycloak's resource, so that its address wins for the application. */
    @Override
    public int order() {
        return 1000;
    }
}
