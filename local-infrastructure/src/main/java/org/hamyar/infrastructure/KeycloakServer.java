package org.hamyar.infrastructure;

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
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Keycloak 26 in development mode ({@code kc.sh start-dev}, its own H2 database) with the realm
 * {@code hamyar} imported from {@code keycloak/hamyar-realm.json}.
 *
 * <p>The hostname is fixed to {@code http://localhost:<port>}, so a token's issuer does not depend
 * on whether it was requested from localhost or 127.0.0.1.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "hamyar";
    /** The public client of the apps and curl; direct access grants are on. */
    public static final String APP_CLIENT = "hamyar-app";
    /**
     * Another public client of the realm (a portal's sign-in): its tokens carry no {@code hamyar-api}
     * audience, and the services refuse them (401).
     */
    public static final String PORTAL_CLIENT = "hamyar-portal";
    /** Keycloak's master-realm administrator. LOCAL DEMO VALUES, never used outside a laptop. */
    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "hamyar-demo";

    // a 2-core machine shared with other suites may take minutes for the first start of a realm
    private static final Duration START_TIMEOUT = Duration.ofSeconds(600);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    private final Path home;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private ChildProcess process;

    private KeycloakServer(int port, Path home) {
        this.port = port;
        this.home = home;
    }

    /** Starts Keycloak on {@code port} (0: a free one) with {@code workDir} as its home; waits until the realm answers. */
    public static KeycloakServer start(Path workDir, int port) {
        return start(workDir, port, false);
    }

    /** As {@link #start(Path, int)}; a detached Keycloak runs in its own session and outlives this JVM once {@link ChildProcess#release released} (the launcher's {@code up}). */
    public static KeycloakServer start(Path workDir, int port, boolean detached) {
        int httpPort = port == 0 ? FreePorts.next() : port;
        FreePorts.requireFree(httpPort, "Keycloak");
        Path home = workDir.toAbsolutePath();
        boolean cachedBuild = KeycloakDistribution.prepareHome(home);
        KeycloakServer server = new KeycloakServer(httpPort, home);
        server.launch(detached);
        if (!cachedBuild) {
            KeycloakDistribution.rememberBuild(home);
        }
        return server;
    }

    /** A Keycloak already running on {@code port} (started by the launcher), to get tokens or add users. */
    public static KeycloakServer running(int port) {
        KeycloakServer server = new KeycloakServer(port, null);
        if (!ChildProcess.answersOk(server.http, server.wellKnown())) {
            throw new IllegalStateException("no Keycloak with the realm " + REALM + " answers at " + server.realmUrl()
                    + "; start the suite with ./hamyar up");
        }
        return server;
    }

    private void launch(boolean detached) {
        Map<String, String> environment = new HashMap<>();
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        // here Keycloak only hands out tokens (services verify them with its keys): a quick start
        // on a busy 2-core machine matters more than peak throughput, so C1 only
        environment.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
        // kc.sh replaces its tuned defaults by JAVA_OPTS when the caller's environment has one
        environment.put("JAVA_OPTS", null);
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        List<String> command = List.of("/bin/sh", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                // its own management port: several instances must not all want 9000
                "--http-management-port=" + FreePorts.next(),
                "--hostname=" + baseUrl(),
                "--import-realm");
        Path logFile = home.resolve("keycloak.log");
        process = ChildProcess.start("Keycloak", command, environment, home, logFile, detached);
        try {
            process.awaitHttpOk(wellKnown(), START_TIMEOUT);
        } catch (RuntimeException e) {
            process.stop(Duration.ofSeconds(5));
            throw e;
        }
    }

    /** {@code http://localhost:<port>} */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** {@code http://localhost:<port>/realms/hamyar}: the issuer and {@code quarkus.oidc.auth-server-url}. */
    public String realmUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    public String adminConsoleUrl() {
        return baseUrl() + "/admin/master/console/#/" + REALM;
    }

    public String tokenUrl() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    public int port() {
        return port;
    }

    /** The pid of the started process ({@code kc.sh}); -1 for a server this object did not start. */
    public long pid() {
        return process == null ? -1 : process.pid();
    }

    /** An access token from the password grant on the client {@code hamyar-app}. */
    public String token(String username, String password) {
        return token(APP_CLIENT, username, password);
    }

    /** An access token from the password grant on another client of the realm, such as {@link #PORTAL_CLIENT}. */
    public String token(String clientId, String username, String password) {
        return tokenResponse(tokenUrl(), clientId, username, password).get("access_token").asText();
    }

    /**
     * Creates a user in the realm {@code hamyar} with a permanent password, the organisation
     * attribute {@code org} and the given realm roles, through the admin REST API.
     */
    public void createUser(String username, String password, UUID org, String... roles) {
        String admin = tokenResponse(baseUrl() + "/realms/master/protocol/openid-connect/token", "admin-cli",
                ADMIN_USERNAME, ADMIN_PASSWORD).get("access_token").asText();
        String adminApi = baseUrl() + "/admin/realms/" + REALM;
        // roles first, so an unknown role leaves no half-made user behind
        ArrayNode roleRepresentations = JSON.createArrayNode();
        for (String role : roles) {
            HttpResponse<String> found = send(authorized(adminApi + "/roles/" + encode(role), admin).GET());
            if (found.statusCode() == 404) {
                throw new IllegalArgumentException("the realm " + REALM + " has no role '" + role + "'");
            }
            roleRepresentations.add(json(expect(found, 200, "read role " + role)));
        }
        ObjectNode user = JSON.createObjectNode()
                .put("username", username)
                .put("enabled", true)
                .put("emailVerified", true)
                // Keycloak's user profile wants these before it calls an account fully set up
                .put("email", username + "@hamyar.example")
                .put("firstName", username)
                .put("lastName", "Hamyar");
        user.putObject("attributes").putArray("org").add(org.toString());
        user.putArray("requiredActions");
        user.putArray("credentials").addObject()
                .put("type", "password").put("value", password).put("temporary", false);
        HttpResponse<String> created = send(authorized(adminApi + "/users", admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(user.toString())));
        if (created.statusCode() == 409) {
            throw new IllegalStateException("a user '" + username + "' already exists in the realm " + REALM);
        }
        expect(created, 201, "create user " + username);
        String location = created.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("Keycloak created " + username + " without a Location"));
        if (!roleRepresentations.isEmpty()) {
            expect(send(authorized(location + "/role-mappings/realm", admin)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(roleRepresentations.toString()))),
                    204, "give " + username + " the roles " + String.join(", ", roles));
        }
        // Keycloak gives a new user the realm's default roles (offline_access, uma_authorization);
        // the demo users have only their Hamyar roles, and a created user is made the same
        JsonNode defaultRole = json(expect(send(authorized(adminApi + "/roles/default-roles-" + REALM, admin).GET()),
                200, "read the default roles"));
        expect(send(authorized(location + "/role-mappings/realm", admin)
                        .header("Content-Type", "application/json")
                        .method("DELETE", HttpRequest.BodyPublishers.ofString(
                                JSON.createArrayNode().add(defaultRole).toString()))),
                204, "take the default roles from " + username);
    }

    public void stop() {
        if (process != null) {
            process.stop(STOP_GRACE);
            process = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private JsonNode tokenResponse(String url, String clientId, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", username);
        form.put("password", password);
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() != 200) {
            throw new TokenRefusedException(username, response.statusCode(), response.body());
        }
        return json(response);
    }

    private static HttpRequest.Builder authorized(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak at " + baseUrl() + " does not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling Keycloak", e);
        }
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Keycloak refused to " + what + ": " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak answered with no JSON: " + response.body(), e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private URI wellKnown() {
        return URI.create(realmUrl() + "/.well-known/openid-configuration");
    }

    @Override
    public String toString() {
        return "Keycloak " + baseUrl() + (home == null ? "" : " (" + home + ")");
    }

    /** Keycloak answered the password grant with an error (wrong password, unknown user, disabled account). */
    public static final class TokenRefusedException extends RuntimeException {
        private final int status;
        private final String body;

        TokenRefusedException(String username, int status, String body) {
            super("Keycloak refused a token for '" + username + "': " + status + " " + body);
            this.status = status;
            this.body = body;
        }

        public int status() {
            return status;
        }

        /** The OAuth error body, e.g. {@code {"error":"invalid_grant",...}}. */
        public String body() {
            return body;
        }
    }
}
