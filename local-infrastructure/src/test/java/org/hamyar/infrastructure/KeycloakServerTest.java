package org.hamyar.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hamyar.infrastructure.testing.DemoUsers;
import org.hamyar.infrastructure.testing.DemoUsers.DemoUser;
import org.hamyar.infrastructure.testing.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real Keycloak (the one KeycloakTestResource shares in this JVM) with the committed realm. */
class KeycloakServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KeycloakServer keycloak = KeycloakTestResource.keycloak();

    @Test
    void the_test_resource_points_quarkus_oidc_at_the_realm() {
        Map<String, String> config = new KeycloakTestResource().start();

        assertThat(config).containsExactly(Map.entry("quarkus.oidc.auth-server-url",
                "http://localhost:" + keycloak.port() + "/realms/hamyar"));
        assertThat(KeycloakTestResource.keycloak()).isSameAs(keycloak);
    }

    @Test
    void every_demo_user_gets_a_token_with_its_organisation_and_role() throws Exception {
        for (DemoUser user : DemoUsers.ALL) {
            JsonNode claims = claims(keycloak.token(user.username(), DemoUsers.PASSWORD));

            assertThat(claims.path("preferred_username").asText()).isEqualTo(user.username());
            assertThat(claims.path("org").isTextual()).as("org of %s is a string", user.username()).isTrue();
            assertThat(claims.path("org").asText()).isEqualTo(user.organization().toString());
            assertThat(roles(claims)).as("roles of %s", user.username()).containsExactly(user.role());
        }
    }

    @Test
    void tokens_are_issued_by_the_fixed_hostname_for_the_services_audience_for_fifteen_minutes() throws Exception {
        JsonNode claims = claims(keycloak.token(DemoUsers.OFFICER_QAZVIN_RELIEF, DemoUsers.PASSWORD));

        assertThat(claims.path("iss").asText()).isEqualTo(keycloak.realmUrl());
        assertThat(claims.path("azp").asText()).isEqualTo("hamyar-app");
        assertThat(audience(claims)).contains("hamyar-api");
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(15 * 60);
    }

    @Test
    void a_wrong_password_gets_no_token() {
        assertThatThrownBy(() -> keycloak.token(DemoUsers.DONOR_REZA, "not-the-password"))
                .isInstanceOfSatisfying(KeycloakServer.TokenRefusedException.class, refused -> {
                    assertThat(refused.status()).isEqualTo(400); // RFC 6749 §5.2: invalid_grant is a 400
                    assertThat(refused.body()).contains("invalid_grant");
                });
    }

    @Test
    void a_created_user_logs_in_with_its_organisation_and_roles() throws Exception {
        String username = "officer.test-" + UUID.randomUUID().toString().substring(0, 8);
        UUID org = UUID.randomUUID();

        keycloak.createUser(username, "s3cret-for-test", org, "officer", "coordinator");
        JsonNode claims = claims(keycloak.token(username, "s3cret-for-test"));

        assertThat(claims.path("org").asText()).isEqualTo(org.toString());
        assertThat(roles(claims)).containsExactlyInAnyOrder("officer", "coordinator");
    }

    @Test
    void a_user_cannot_be_created_twice_nor_with_an_unknown_role() {
        String username = "donor.test-" + UUID.randomUUID().toString().substring(0, 8);
        keycloak.createUser(username, "pw", DemoUsers.ORG_DONORS_ASSEMBLY, "donor");

        assertThatThrownBy(() -> keycloak.createUser(username, "pw", DemoUsers.ORG_DONORS_ASSEMBLY, "donor"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already exists");
        assertThatThrownBy(() -> keycloak.createUser(username + "-2", "pw", DemoUsers.ORG_DONORS_ASSEMBLY, "superuser"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no role 'superuser'");
        assertThatThrownBy(() -> keycloak.token(username + "-2", "pw"))
                .as("the refused user was not created").isInstanceOf(KeycloakServer.TokenRefusedException.class);
    }

    @Test
    void a_running_keycloak_is_found_by_its_port() {
        KeycloakServer attached = KeycloakServer.running(keycloak.port());

        assertThat(attached.token(DemoUsers.AUDITOR, DemoUsers.PASSWORD)).isNotBlank();
        assertThatThrownBy(() -> KeycloakServer.running(FreePorts.next()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("./hamyar up");
    }

    static JsonNode claims(String accessToken) throws Exception {
        String[] parts = accessToken.split("\\.");
        assertThat(parts).hasSize(3);
        return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }

    private static List<String> roles(JsonNode claims) {
        List<String> roles = new ArrayList<>();
        claims.path("realm_access").path("roles").forEach(role -> roles.add(role.asText()));
        return roles;
    }

    private static List<String> audience(JsonNode claims) {
        JsonNode aud = claims.path("aud");
        List<String> audience = new ArrayList<>();
        if (aud.isArray()) {
            aud.forEach(entry -> audience.add(entry.asText()));
        } else {
            audience.add(aud.asText());
        }
        return audience;
    }
}
