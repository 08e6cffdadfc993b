package org.hamyar.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hamyar.infrastructure.suite.Suite;

/**
 * The access matrix's HTTP: one keep-alive client for thousands of small requests, a token per
 * user fetched once, and the gateway's rate limit honoured (a 429 is waited out for its
 * {@code Retry-After} and the request sent again; it is the limiter's answer, not the operation's).
 */
final class MatrixHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_RATE_LIMITED_RETRIES = 30;

    private final Suite suite;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private int rateLimited;

    MatrixHttp(Suite suite) {
        this.suite = suite;
    }

    HttpClient client() {
        return client;
    }

    /** The access token of a user of the realm {@code hamyar} on {@code hamyar-app}, fetched once per run (tokens live 15 minutes). */
    String token(String username, String password) {
        return tokens.computeIfAbsent(username, name -> suite.keycloak().token(name, password));
    }

    /** How many 429s were waited out. */
    int rateLimited() {
        return rateLimited;
    }

    Reply gateway(String method, String path, String token, Object jsonBody) {
        return send(suite.gatewayUrl(), method, path, token, jsonBody == null ? null : "application/json",
                jsonBody == null ? null : write(jsonBody), Map.of());
    }

    Reply gatewayRaw(String method, String path, String token, String contentType, String body) {
        return send(suite.gatewayUrl(), method, path, token, contentType, body, Map.of());
    }

    Reply gatewayWithHeader(String method, String path, String token, String header, String value) {
        return send(suite.gatewayUrl(), method, path, token, null, null, Map.of(header, value));
    }

    /**
     * One request. {@code token} null sends no {@code Authorization}; {@code body} null sends none.
     * Accepts anything ({@code *}{@code /*}), so that content negotiation never answers before security does.
     */
    Reply send(String baseUrl, String method, String path, String token, String contentType, String body,
               Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "*/*")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        HttpRequest built = request.build();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response;
            try {
                response = client.send(built, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(method + " " + baseUrl + path + " failed: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (response.statusCode() != 429 || attempt >= MAX_RATE_LIMITED_RETRIES) {
                return new Reply(response.statusCode(), response.body(), response);
            }
            rateLimited++;
            long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
            sleep(Duration.ofSeconds(Math.max(1, Math.min(seconds, 5))));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A response, read whole. */
    record Reply(int status, String body, HttpResponse<String> response) {

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, e);
            }
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        Reply require(int expected, String what) {
            if (status != expected) {
                throw new IllegalStateException("could not " + what + ": " + status + " " + body);
            }
            return this;
        }

        Reply requireSuccess(String what) {
            if (status / 100 != 2) {
                throw new IllegalStateException("could not " + what + ": " + status + " " + body);
            }
            return this;
        }

        /** The status and the start of the body, for a failure message. */
        String shortly() {
            String text = body == null ? "" : body.replaceAll("\\s+", " ");
            return status + (text.isEmpty() ? "" : " " + (text.length() > 160 ? text.substring(0, 160) + "…" : text));
        }
    }
}
