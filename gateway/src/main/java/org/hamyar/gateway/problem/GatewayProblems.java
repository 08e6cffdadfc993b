package org.hamyar.gateway.problem;

import jakarta.ws.rs.WebApplicationException;

import org.hamyar.api.problem.DomainProblem;
import org.hamyar.api.problem.ExceptionProblems;
import org.hamyar.api.problem.HttpFailureProblems;

import io.vertx.ext.web.RoutingContext;

/**
 * The problems only the gateway answers, when a service cannot (docs/product.md §6): the rate
 * limit, a service unreachable, slow, broken off or behind an open breaker. Each names the service
 * and carries its texts in {@code messages/problems[_fa].properties}; the English ones here are
 * the fallback. Every other problem (401, 404, 413, 500 ...) is api-conventions' own, texts and all.
 */
public final class GatewayProblems {

    private GatewayProblems() {
    }

    /** 429: the client's rate limit is used up. */
    public static DomainProblem rateLimited(long retryAfterSeconds) {
        return retryAfter(new DomainProblem(429, "rate-limited", "Too many requests",
                "This client has used up its request rate; retry in {0} seconds.", retryAfterSeconds), retryAfterSeconds);
    }

    /** 503: the service refused the connection, or the gateway has no connection free for it. */
    public static DomainProblem serviceUnavailable(String service) {
        return new DomainProblem(503, "service-unavailable", "Service unavailable",
                "{0} is not reachable right now; retry later.", service).with("service", service);
    }

    /** 503 while the service's circuit breaker is open. */
    public static DomainProblem circuitOpen(String service, long retryAfterSeconds) {
        return retryAfter(new DomainProblem(503, "circuit-open", "Service unavailable",
                "{0} failed repeatedly and the gateway is giving it a rest; retry in {1} seconds.",
                service, retryAfterSeconds).with("service", service), retryAfterSeconds);
    }

    /** 504: the service stayed silent longer than the timeout. */
    public static DomainProblem gatewayTimeout(String service, long timeoutSeconds) {
        return new DomainProblem(504, "gateway-timeout", "Gateway timeout",
                "{0} did not answer within {1} seconds.", service, timeoutSeconds).with("service", service);
    }

    /**
     * 408: the caller did not send its whole request body in time. The caller's own slowness: it
     * never counts against the service.
     */
    public static DomainProblem requestTimeout(long timeoutSeconds) {
        return new DomainProblem(408, "request-timeout", "Request timeout",
                "The request body did not arrive within {0} seconds.", timeoutSeconds);
    }

    /** 502: the service broke the exchange off (reset, malformed response). */
    public static DomainProblem badGateway(String service) {
        return new DomainProblem(502, "bad-gateway", "Bad gateway", "{0} broke off the exchange.", service)
                .with("service", service);
    }

    /**
     * 413: the body is larger than the gateway forwards on this path. api-conventions' own
     * {@code payload-too-large}, with the limit of the path in {@code maxBytes}.
     */
    public static DomainProblem payloadTooLarge(ExceptionProblems problems, long maxBytes) {
        return problems.classify(new WebApplicationException(413)).with("maxBytes", maxBytes);
    }

    /**
     * Answers a request on the Vert.x layer with a problem: api-conventions' failure handler
     * ({@link HttpFailureProblems}) writes it, in the client's language, with the request id. A
     * response whose status line has gone out can only be cut off, so that the client sees a broken
     * exchange rather than a complete one.
     */
    public static void answer(RoutingContext context, DomainProblem problem) {
        if (context.response().headWritten()) {
            context.response().reset();
            return;
        }
        context.fail(problem);
    }

    private static DomainProblem retryAfter(DomainProblem problem, long seconds) {
        return problem.with("retryAfter", seconds).withHeader("Retry-After", Long.toString(seconds));
    }
}
