package org.hamyar.api.requestid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request its id before anything else runs, so that responses written outside JAX-RS
 * (a 401 from the authentication layer, a 413 from the body limit) carry {@code X-Request-Id} too.
 *
 * <p>The accepted id replaces the request's own header, so a resource, a problem response or the
 * gateway forwarding the request all see the same id.
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
        // Quarkus keeps the MDC in the request's Vert.x context, so worker threads serving this
        // request log it as well.
        MDC.put(RequestIds.MDC_KEY, id);
        // Set when the headers are written: a handler that resets the response cannot drop it.
        context.addHeadersEndHandler(ignored -> context.response().headers().set(RequestIds.HEADER, id));
        context.next();
    }
}
