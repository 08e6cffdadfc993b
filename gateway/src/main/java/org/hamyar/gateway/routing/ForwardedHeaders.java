package org.hamyar.gateway.routing;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.vertx.core.MultiMap;

/**
 * Which headers cross the gateway, in each direction.
 *
 * <p>Hop-by-hop headers (RFC 9110 §7.6.1, plus those the {@code Connection} header names) belong to
 * one connection and never cross. {@code Host} is kept, so a service writes its absolute links
 * ({@code Location}) with the gateway's address. The caller's {@code Forwarded} and
 * {@code X-Forwarded-*} are replaced, not extended: the gateway is the network's edge, and a
 * client must not be able to claim another address in the services' audit logs. CORS headers
 * are the gateway's alone. The trace context ({@code traceparent}, {@code tracestate}, {@code baggage})
 * belongs to one hop too: with traces on, the gateway's own call to the service carries it, a child of
 * the request's span (which continues the caller's trace); with traces off, none is sent.
 */
public final class ForwardedHeaders {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection",
            "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade");
    /** W3C Trace Context and Baggage: the gateway's tracing writes its own for each call. */
    private static final Set<String> TRACE_CONTEXT = Set.of("traceparent", "tracestate", "baggage");

    private ForwardedHeaders() {
    }

    /**
     * The headers to send to a service: the caller's end-to-end headers (Authorization,
     * Content-Type, Accept-Language, If-Match, Idempotency-Key, X-Request-Id ...) and the
     * {@code X-Forwarded-*} that describe the caller.
     */
    public static MultiMap toService(MultiMap incoming, String clientAddress, String scheme) {
        Set<String> named = connectionTokens(incoming);
        MultiMap outgoing = MultiMap.caseInsensitiveMultiMap();
        for (Map.Entry<String, String> header : incoming) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (HOP_BY_HOP.contains(name) || named.contains(name) || name.startsWith("x-forwarded-")
                    || name.equals("forwarded") || name.equals("expect") || TRACE_CONTEXT.contains(name)) {
                continue;
            }
            outgoing.add(header.getKey(), header.getValue());
        }
        if (clientAddress != null) {
            outgoing.set("X-Forwarded-For", clientAddress);
        }
        outgoing.set("X-Forwarded-Proto", scheme);
        String host = incoming.get("Host");
        if (host != null) {
            outgoing.set("X-Forwarded-Host", host);
        }
        return outgoing;
    }

    /**
     * Copies a service's response headers to the caller's response. An absolute {@code Location}
     * or {@code Content-Location} that points at the service itself is rewritten to the gateway.
     */
    public static void toCaller(MultiMap fromService, MultiMap toCaller, String serviceOrigin, String gatewayOrigin) {
        Set<String> named = connectionTokens(fromService);
        for (Map.Entry<String, String> header : fromService) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (HOP_BY_HOP.contains(name) || named.contains(name) || name.startsWith("access-control-")
                    || name.equals("x-request-id")) {
                continue;
            }
            String value = header.getValue();
            if ((name.equals("location") || name.equals("content-location")) && gatewayOrigin != null
                    && value.startsWith(serviceOrigin)) {
                value = gatewayOrigin + value.substring(serviceOrigin.length());
            }
            toCaller.add(header.getKey(), value);
        }
    }

    private static Set<String> connectionTokens(MultiMap headers) {
        String connection = headers.get("Connection");
        if (connection == null || connection.isBlank()) {
            return Set.of();
        }
        Set<String> tokens = new HashSet<>();
        for (String token : connection.split(",")) {
            tokens.add(token.trim().toLowerCase(Locale.ROOT));
        }
        return tokens;
    }
}
