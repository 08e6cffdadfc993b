package org.hamyar.infrastructure.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hamyar.infrastructure.testing.DemoUsers.DemoUser;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed realm and DemoUsers describe the same users (docs/architecture.md). */
class RealmDefinitionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_realm_has_exactly_the_demo_users_with_their_role_and_organisation() throws Exception {
        JsonNode realm = realm();
        List<DemoUser> inRealm = new ArrayList<>();
        for (JsonNode user : realm.path("users")) {
            assertThat(user.path("realmRoles")).hasSize(1);
            inRealm.add(new DemoUser(user.path("username").asText(), user.path("realmRoles").get(0).asText(),
                    UUID.fromString(user.path("attributes").path("org").get(0).asText()), null));
        }

        assertThat(inRealm).containsExactlyElementsOf(DemoUsers.ALL.stream()
                .map(user -> new DemoUser(user.username(), user.role(), user.organization(), null)).toList());
    }

    @Test
    void every_demo_user_is_fully_set_up_with_the_demo_password() throws Exception {
        for (JsonNode user : realm().path("users")) {
            String username = user.path("username").asText();
            assertThat(user.path("enabled").asBoolean()).as(username).isTrue();
            assertThat(user.path("emailVerified").asBoolean()).as(username).isTrue();
            assertThat(user.path("email").asText()).as(username).isNotBlank();
            assertThat(user.path("firstName").asText()).as(username).isNotBlank();
            assertThat(user.path("lastName").asText()).as(username).isNotBlank();
            assertThat(user.path("requiredActions")).as(username).isEmpty();
            JsonNode credential = user.path("credentials").get(0);
            assertThat(credential.path("value").asText()).isEqualTo(DemoUsers.PASSWORD);
            assertThat(credential.path("temporary").asBoolean()).isFalse();
        }
    }

    @Test
    void the_demo_organisations_have_the_documented_ids() {
        assertThat(DemoUsers.organization(5)).isEqualTo(UUID.fromString("0a000000-0000-4000-8000-000000000005"));
        assertThat(DemoUsers.ORG_SECRETARIAT).isEqualTo(UUID.fromString("0a000000-0000-4000-8000-000000000010"));
    }

    @Test
    void the_realm_declares_the_roles_clients_and_the_org_attribute() throws Exception {
        JsonNode realm = realm();

        assertThat(realm.path("realm").asText()).isEqualTo("hamyar");
        assertThat(realm.path("accessTokenLifespan").asInt()).isEqualTo(900);
        List<String> roles = new ArrayList<>();
        realm.path("roles").path("realm").forEach(role -> roles.add(role.path("name").asText()));
        assertThat(roles).containsExactlyInAnyOrder("officer", "coordinator", "donor", "auditor", "admin");

        JsonNode app = client(realm, "hamyar-app");
        assertThat(app.path("publicClient").asBoolean()).isTrue();
        assertThat(app.path("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(client(realm, "hamyar-api").path("bearerOnly").asBoolean()).isTrue();
        // only hamyar-app's tokens name the APIs as their audience; the portal's do not
        assertThat(app.path("protocolMappers").toString()).contains("\"included.client.audience\":\"hamyar-api\"");
        assertThat(client(realm, "hamyar-portal").path("protocolMappers").isMissingNode()).isTrue();
        // password guessing is slowed and locked out for a while
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("failureFactor").asInt()).isBetween(3, 10);
        assertThat(realm.path("permanentLockout").asBoolean()).isFalse();

        String profile = realm.path("components").path("org.keycloak.userprofile.UserProfileProvider")
                .get(0).path("config").path("kc.user.profile.config").get(0).asText();
        JsonNode org = null;
        for (JsonNode attribute : JSON.readTree(profile).path("attributes")) {
            if (attribute.path("name").asText().equals("org")) {
                org = attribute;
            }
        }
        assertThat(org).as("the user profile declares org").isNotNull();
        assertThat(org.path("permissions").path("edit").toString()).as("only an admin moves a user to another organisation")
                .isEqualTo("[\"admin\"]");
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static JsonNode realm() throws Exception {
        try (InputStream in = RealmDefinitionTest.class.getResourceAsStream("/keycloak/hamyar-realm.json")) {
            return JSON.readTree(in);
        }
    }
}
