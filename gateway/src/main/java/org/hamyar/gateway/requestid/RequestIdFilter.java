package org.hamyar.gateway.requestid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request its id before anything else runs, so that the responses written by CORS,
 * authentication, the rate limiter and the proxy all carry {@code X-Request-Id}.
 *
 * <p>The accepted id replaces the request's own header, so the proxy passes on exactly the id the
 * caller will see.
 */
@ApplicationScoped
public class RequestIdFilter {

    /** Above CORS (300) and authentication (200), so that even their responses carry the id. */
    static final int PRIORITY = 10_000;

    void register(@Observes Filters filters) {
        filters.register(RequestIdFilter::assign, PRIORITY);
    }

    static void assign(RoutingContext context) {
        String id = RequestIds.accept(context.request().getHeader(RequestIds.HEADER));
        context.put(RequestIds.CONTEXT_KEY, id);
        context.request().headers().set(RequestIds.HEADER, id);
        MDC.put(RequestIds.MDC_KEY, id);
        // set when the headers are written, so that no handler resetting the response drops it and
        // a service's own X-Request-Id (the same value) is not doubled
        context.addHeadersEndHandler(ignored -> context.response().headers().set(RequestIds.HEADER, id));
        context.next();
    }
}
