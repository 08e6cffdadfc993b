package org.hamyar.gateway.requestid;

import java.util.UUID;
import java.util.regex.Pattern;

import io.vertx.ext.web.RoutingContext;

/**
 * The request id every response carries and every forwarded request passes on: the caller's
 * {@code X-Request-Id} when it is a sane token, else a new UUID. The same rule as the services'
 * api-conventions, so an id survives the hop from the gateway to a service unchanged.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** The MDC key under which JSON logs carry the request id. */
    public static final String MDC_KEY = "requestId";

    static final String CONTEXT_KEY = "org.hamyar.gateway.requestId";

    // The id ends up in logs and in other services' requests: only short tokens of harmless
    // characters are trusted, so no one can inject log lines or header syntax through it.
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {
    }

    /** The candidate when it is 1–64 characters of {@code [A-Za-z0-9._-]}, else a new random UUID. */
    public static String accept(String candidate) {
        return candidate != null && SANE.matcher(candidate).matches() ? candidate : UUID.randomUUID().toString();
    }

    /** The id given to this request by {@link RequestIdFilter}. */
    public static String of(RoutingContext context) {
        String id = context.get(CONTEXT_KEY);
        return id != null ? id : context.request().getHeader(HEADER);
    }
}
