package org.hamyar.api.requestid;

import java.util.UUID;
import java.util.regex.Pattern;

import io.vertx.ext.web.RoutingContext;

/** The request id: taken from {@code X-Request-Id} when it is a sane token, else a new UUID. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** The MDC key under which JSON logs carry the request id. */
    public static final String MDC_KEY = "requestId";

    static final String CONTEXT_KEY = "org.hamyar.api.requestId";

    // A header value ends up in logs and in other services' requests: only a short token of
    // harmless characters is trusted, so no one can inject log lines or header syntax through it.
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {
    }

    /** The candidate when it is 1–64 characters of {@code [A-Za-z0-9._-]}, else a new random UUID. */
    public static String accept(String candidate) {
        return candidate != null && SANE.matcher(candidate).matches() ? candidate : UUID.randomUUID().toString();
    }

    /** The id given to this request by {@link RequestIdFilter}, or the header's value if the filter has not run. */
    public static String of(RoutingContext context) {
        String id = context.get(CONTEXT_KEY);
        return id != null ? id : context.request().getHeader(HEADER);
    }
}
