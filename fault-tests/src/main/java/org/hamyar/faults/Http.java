package org.hamyar.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hamyar.infrastructure.KeycloakServer;
import org.hamyar.infrastructure.testing.DemoUsers;

/**
 * HTTP to the suite on localhost, with the demo users' tokens from its Keycloak (renewed before
 * they expire). Refuses any other host: the tool only ever targets the suite it started.
 */
public final class Http {

    /** An answer: status, headers we need and the body as text. */
    public record Answer(int status, String body, String etag) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, e);
            }
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TOKEN_LIFE = Duration.ofSeconds(60);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final KeycloakServer keycloak;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String value, long expires) {
    }

    public Http(KeycloakServer keycloak) {
        this.keycloak = keycloak;
    }

    /**
     * A token of the demo user, fresh for at least a minute more. One sign-in at a time: a hundred
     * racing requests must not sign the same user in a hundred times (Keycloak's brute-force
     * detection then refuses the user for a while).
     */
    public synchronized String token(String username) {
        long now = System.nanoTime();
        Token token = tokens.get(username);
        if (token == null || token.expires() < now) {
            token = new Token(keycloak.token(username, DemoUsers.PASSWORD), now + TOKEN_LIFE.toNanos());
            tokens.put(username, token);
        }
        return token.value();
    }

    public Answer send(String method, URI uri, String username, Map<String, String> headers, byte[] body, Duration timeout) {
        String host = uri.getHost();
        if (!"localhost".equals(host) && !"127.0.0.1".equals(host)) {
            throw new IllegalArgumentException("the fault tool targets only localhost, not " + uri);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (username != null) {
            request.header("Authorization", "Bearer " + token(username));
        }
        headers.forEach((name, value) -> {
            try {
                request.header(name, value);
            } catch (IllegalArgumentException e) {
                // a header value HTTP cannot carry is not sent (the client refuses it, not the service)
            }
        });
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8),
                    response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public Answer json(String method, String url, String username, Object body) {
        try {
            byte[] bytes = body == null ? null : JSON.writeValueAsBytes(body);
            Map<String, String> headers = body == null ? Map.of("Accept", "application/json")
                    : Map.of("Accept", "application/json", "Content-Type", "application/json");
            return send(method, URI.create(url), username, headers, bytes, Duration.ofSeconds(30));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Answer json(String method, String url, String username, Object body, Map<String, String> extra) {
        try {
            byte[] bytes = body == null ? null : JSON.writeValueAsBytes(body);
            Map<String, String> headers = new java.util.LinkedHashMap<>(extra);
            headers.put("Accept", "application/json");
            if (body != null) {
                headers.put("Content-Type", "application/json");
            }
            return send(method, URI.create(url), username, headers, bytes, Duration.ofSeconds(60));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
