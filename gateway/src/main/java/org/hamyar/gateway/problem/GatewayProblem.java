package org.hamyar.gateway.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error the gateway answers itself (not one a service sent, which passes through untouched):
 * its status, the slug of its {@code type} ({@code urn:hamyar:problem:<slug>}), the arguments of
 * its localised detail, extra members of the body and extra response headers.
 */
public record GatewayProblem(int status, String slug, List<Object> arguments,
                             Map<String, Object> extensions, Map<String, String> headers) {

    public static final String TYPE_PREFIX = "urn:hamyar:problem:";

    public static GatewayProblem of(int status, String slug, Object... arguments) {
        return new GatewayProblem(status, slug, List.of(arguments), new LinkedHashMap<>(), new LinkedHashMap<>());
    }

    /** 401: no token, or one that does not verify. */
    public static GatewayProblem unauthorized() {
        return of(401, "unauthorized").withHeader("WWW-Authenticate", "Bearer");
    }

    /** 429: the client's rate limit is used up. */
    public static GatewayProblem rateLimited(long retryAfterSeconds) {
        return of(429, "rate-limited", retryAfterSeconds)
                .with("retryAfter", retryAfterSeconds)
                .withHeader("Retry-After", Long.toString(retryAfterSeconds));
    }

    /** 503: the service refused the connection, or the gateway has no connection free for it. */
    public static GatewayProblem serviceUnavailable(String service) {
        return of(503, "service-unavailable", service).with("service", service);
    }

    /** 503 while the service's circuit breaker is open. */
    public static GatewayProblem circuitOpen(String service, long retryAfterSeconds) {
        return of(503, "circuit-open", service, retryAfterSeconds)
                .with("service", service)
                .with("retryAfter", retryAfterSeconds)
                .withHeader("Retry-After", Long.toString(retryAfterSeconds));
    }

    /** 504: the service stayed silent longer than the timeout. */
    public static GatewayProblem gatewayTimeout(String service, long timeoutSeconds) {
        return of(504, "gateway-timeout", service, timeoutSeconds).with("service", service);
    }

    /** 502: the service broke the exchange (reset, malformed response). */
    public static GatewayProblem badGateway(String service) {
        return of(502, "bad-gateway", service).with("service", service);
    }

    /** 413: the body is larger than the gateway forwards on this path. */
    public static GatewayProblem payloadTooLarge(long maxBytes) {
        return of(413, "payload-too-large", maxBytes).with("maxBytes", maxBytes);
    }

    public static GatewayProblem notFound() {
        return of(404, "not-found");
    }

    public static GatewayProblem forbidden() {
        return of(403, "forbidden");
    }

    public static GatewayProblem internalError() {
        return of(500, "internal-error");
    }

    public String type() {
        return TYPE_PREFIX + slug;
    }

    public GatewayProblem with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    public GatewayProblem withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }
}
