package org.hamyar.api.problem;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * A request whose {@code Content-Length} exceeds {@code quarkus.http.limits.max-body-size} gets a
 * 413 problem before its body is read.
 *
 * <p>Quarkus answers such a request itself, in a Vert.x handler that runs before any JAX-RS code,
 * with an empty 413. This filter runs just before that handler and answers with a problem instead.
 * A chunked body without {@code Content-Length} is cut off by Quarkus REST while it is read, and
 * that failure becomes a 413 problem through the exception mappers.
 */
@ApplicationScoped
public class BodyLimitProblem {

    /** Below the request id filter, so the problem carries the id; above Quarkus' own limit (order -2). */
    static final int PRIORITY = 9_000;

    private final ExceptionProblems problems;
    private final ProblemResponses responses;
    private final Optional<MemorySize> maxBodySize;

    @Inject
    public BodyLimitProblem(ExceptionProblems problems, ProblemResponses responses,
                            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.problems = problems;
        this.responses = responses;
        this.maxBodySize = maxBodySize;
    }

    void register(@Observes Filters filters) {
        maxBodySize.ifPresent(limit -> filters.register(context -> check(context, limit.asLongValue()), PRIORITY));
    }

    private void check(RoutingContext context, long limit) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLong(length, limit)) {
            RequestInfo request = RequestInfo.of(context);
            DomainProblem problem = problems.classifyAndLog(new WebApplicationException(413), request);
            // The body is not read; closing the connection is the only way to be rid of it.
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.PROBLEM_JSON)
                    .putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE)
                    .endHandler(ignored -> context.request().connection().close())
                    .end(Buffer.buffer(responses.toJson(problem, request)));
            return;
        }
        context.next();
    }

    private static boolean tooLong(String length, long limit) {
        try {
            return Long.parseLong(length.strip()) > limit;
        } catch (NumberFormatException unreadable) {
            // Quarkus' own handler and the HTTP codec deal with a garbled Content-Length.
            return false;
        }
    }
}
