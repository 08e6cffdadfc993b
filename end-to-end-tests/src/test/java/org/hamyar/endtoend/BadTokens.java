package org.hamyar.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hamyar.infrastructure.KeycloakServer;

/**
 * The tokens every API operation must refuse with 401, whatever roles they claim. Each is as close
 * to a good token as its kind allows, so that a 401 proves the one check it is about:
 *
 * <ul>
 *   <li>{@link Kind#EXPIRED}: issued by the realm {@code hamyar} for Hamyar's API, signed with the
 *       realm's key, every role, a real organisation, and past its {@code exp}. A client of its own
 *       ({@code hamyar-matrix-expiring}, created through the admin API for the test only) has an
 *       access-token lifespan of {@value #EXPIRING_LIFESPAN_SECONDS} seconds, so the token expires
 *       by itself; the committed realm is not changed.</li>
 *   <li>{@link Kind#OTHER_CLIENT}: the realm's own token for the client {@code hamyar-portal}, which
 *       carries no {@code hamyar-api} audience.</li>
 *   <li>{@link Kind#OTHER_REALM}: a token of a second realm on the same Keycloak
 *       ({@code hamyar-matrix-foreign}), built like {@code hamyar}: a client {@code hamyar-app} with
 *       the {@code hamyar-api} audience and the {@code org} claim, a user with every role. Only its
 *       issuer and signing key differ.</li>
 *   <li>{@link Kind#FORGED}: the claims of a good token (the real issuer, audience, every role, a
 *       real organisation, the {@code kid} of the realm's signing key) signed with a key made here.</li>
 *   <li>{@link Kind#UNSIGNED}: the same claims with {@code alg: none}.</li>
 * </ul>
 */
final class BadTokens {

    static final int EXPIRING_LIFESPAN_SECONDS = 2;
    static final String EXPIRING_CLIENT = "hamyar-matrix-expiring";
    static final String FOREIGN_REALM = "hamyar-matrix-foreign";
    static final List<String> ROLES = List.of("officer", "coordinator", "donor", "auditor", "admin");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    enum Kind { NONE, EXPIRED, OTHER_CLIENT, OTHER_REALM, FORGED, UNSIGNED }

    private final Map<Kind, String> tokens = new LinkedHashMap<>();
    private final Instant expiredAt;

    private BadTokens(Instant expiredAt) {
        this.expiredAt = expiredAt;
    }

    /**
     * Makes every kind for {@code username} (who must have every role, see the caller) of {@code org}.
     */
    static BadTokens make(KeycloakServer keycloak, HttpClient http, String username, String password, UUID org) {
        String admin = adminToken(keycloak, http);
        String adminApi = keycloak.baseUrl() + "/admin/realms";

        // a client of the realm hamyar whose tokens live EXPIRING_LIFESPAN_SECONDS
        ObjectNode client = appClient(EXPIRING_CLIENT);
        client.putObject("attributes").put("access.token.lifespan", String.valueOf(EXPIRING_LIFESPAN_SECONDS));
        expect(send(http, post(adminApi + "/" + KeycloakServer.REALM + "/clients", admin, client)), 201, "create " + EXPIRING_CLIENT);
        String expiring = token(http, keycloak.tokenUrl(), EXPIRING_CLIENT, username, password);
        Instant exp = Instant.ofEpochSecond(claims(expiring).path("exp").asLong());

        // a second realm, built like hamyar
        ObjectNode realm = JSON.createObjectNode().put("realm", FOREIGN_REALM).put("enabled", true)
                .put("sslRequired", "none");
        ArrayNode realmRoles = realm.putObject("roles").putArray("realm");
        ROLES.forEach(role -> realmRoles.addObject().put("name", role));
        ArrayNode clients = realm.putArray("clients");
        clients.add(appClient(KeycloakServer.APP_CLIENT));
        clients.addObject().put("clientId", "hamyar-api").put("enabled", true).put("bearerOnly", true);
        ObjectNode user = realm.putArray("users").addObject()
                .put("username", username).put("enabled", true).put("emailVerified", true)
                .put("email", username + "@foreign.example").put("firstName", username).put("lastName", "Foreign");
        user.putObject("attributes").putArray("org").add(org.toString());
        user.putArray("credentials").addObject().put("type", "password").put("value", password).put("temporary", false);
        ArrayNode userRoles = user.putArray("realmRoles");
        ROLES.forEach(userRoles::add);
        expect(send(http, post(adminApi, admin, realm)), 201, "create the realm " + FOREIGN_REALM);
        String foreign = token(http, keycloak.baseUrl() + "/realms/" + FOREIGN_REALM + "/protocol/openid-connect/token",
                KeycloakServer.APP_CLIENT, username, password);

        BadTokens made = new BadTokens(exp);
        made.tokens.put(Kind.NONE, null);
        made.tokens.put(Kind.EXPIRED, expiring);
        made.tokens.put(Kind.OTHER_CLIENT, keycloak.token(KeycloakServer.PORTAL_CLIENT, username, password));
        made.tokens.put(Kind.OTHER_REALM, foreign);

        String good = keycloak.token(username, password);
        JsonNode goodHeader = header(good);
        ObjectNode forgedClaims = (ObjectNode) claims(good);
        long now = Instant.now().getEpochSecond();
        forgedClaims.put("iat", now).put("exp", now + 3600).put("jti", UUID.randomUUID().toString());
        made.tokens.put(Kind.FORGED, forge(goodHeader.path("kid").asText(), forgedClaims));
        made.tokens.put(Kind.UNSIGNED, B64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + B64.encodeToString(forgedClaims.toString().getBytes(StandardCharsets.UTF_8)) + ".");
        requireClaims(made.tokens.get(Kind.OTHER_REALM), "hamyar-api", "foreign");
        requireClaims(made.tokens.get(Kind.EXPIRED), "hamyar-api", "expiring");
        return made;
    }

    /** The tokens by kind; {@link Kind#NONE} maps to null (no Authorization header). */
    Map<Kind, String> byKind() {
        return tokens;
    }

    /** Waits until the expiring token is past its {@code exp} by a margin, so it is expired and nothing else. */
    void awaitExpiry() {
        Instant due = expiredAt.plusSeconds(2);
        while (Instant.now().isBefore(due)) {
            try {
                Thread.sleep(Duration.between(Instant.now(), due).toMillis() + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static ObjectNode appClient(String clientId) {
        ObjectNode client = JSON.createObjectNode().put("clientId", clientId).put("enabled", true)
                .put("publicClient", true).put("directAccessGrantsEnabled", true).put("standardFlowEnabled", false)
                .put("protocol", "openid-connect");
        ArrayNode mappers = client.putArray("protocolMappers");
        ObjectNode orgMapper = mappers.addObject().put("name", "org").put("protocol", "openid-connect")
                .put("protocolMapper", "oidc-usermodel-attribute-mapper");
        orgMapper.putObject("config").put("user.attribute", "org").put("claim.name", "org")
                .put("jsonType.label", "String").put("access.token.claim", "true");
        ObjectNode audience = mappers.addObject().put("name", "hamyar-api audience").put("protocol", "openid-connect")
                .put("protocolMapper", "oidc-audience-mapper");
        audience.putObject("config").put("included.client.audience", "hamyar-api").put("access.token.claim", "true");
        return client;
    }

    private static void requireClaims(String token, String audience, String what) {
        JsonNode claims = claims(token);
        JsonNode aud = claims.path("aud");
        List<String> audiences = new java.util.ArrayList<>();
        if (aud.isArray()) {
            aud.forEach(a -> audiences.add(a.asText()));
        } else {
            audiences.add(aud.asText());
        }
        boolean hasAudience = audiences.contains(audience);
        if (!hasAudience || claims.path("org").isMissingNode()) {
            throw new IllegalStateException("the " + what + " token lacks the audience or the org claim, so its 401 would prove"
                    + " nothing about what it stands for: " + claims);
        }
    }

    static JsonNode claims(String token) {
        return part(token, 1);
    }

    private static JsonNode header(String token) {
        return part(token, 0);
    }

    private static JsonNode part(String token, int index) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[index]));
        } catch (IOException e) {
            throw new IllegalStateException("not a JWT: " + token, e);
        }
    }

    private static String forge(String kid, JsonNode claims) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}";
            String signingInput = B64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                    + B64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(keys.getPrivate());
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with a local RSA key", e);
        }
    }

    private static String adminToken(KeycloakServer keycloak, HttpClient http) {
        return token(http, keycloak.baseUrl() + "/realms/master/protocol/openid-connect/token", "admin-cli",
                KeycloakServer.ADMIN_USERNAME, KeycloakServer.ADMIN_PASSWORD);
    }

    private static String token(HttpClient http, String url, String clientId, String username, String password) {
        String form = Map.of("grant_type", "password", "client_id", clientId, "username", username, "password", password)
                .entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = expect(send(http, HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))), 200, "issue a token on " + clientId + " for " + username);
        try {
            return JSON.readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder post(String url, String bearer, JsonNode body) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Keycloak refused to " + what + ": " + response.statusCode() + " " + response.body());
        }
        return response;
    }
}
