package org.hamyar.api.problem;

import java.util.Locale;
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
import io.vertx.ext.web.handler.BodyHandler;

/**
 * A request whose {@code Content-Length} exceeds {@code quarkus.http.limits.max-body-size} gets a
 * 413 problem before its body is read.
 *
 * <p>Quarkus answers such a request itself, in a Vert.x handler that runs before any JAX-RS code,
 * with an empty 413. This filter runs just before that handler and answers with a problem instead.
 *
 * <p>A chunked JSON body (no {@code Content-Length}) is read here, up to the limit, so that an
 * oversized one fails this route with 413, which {@link HttpFailureProblems} writes as a problem;
 * Quarkus REST then takes the body already read. Other chunked bodies (multipart, CSV) are left to
 * Quarkus REST, which cuts them off while reading with an empty 413 of its own.
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
        maxBodySize.ifPresent(limit -> {
            BodyHandler jsonBodies = BodyHandler.create(false).setBodyLimit(limit.asLongValue());
            filters.register(context -> check(context, limit.asLongValue(), jsonBodies), PRIORITY);
        });
    }

    private void check(RoutingContext context, long limit, BodyHandler jsonBodies) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null && isChunkedJson(context)) {
            jsonBodies.handle(context);
            return;
        }
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

    private static boolean isChunkedJson(RoutingContext context) {
        String encoding = context.request().getHeader(HttpHeaders.TRANSFER_ENCODING);
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (encoding == null || !encoding.toLowerCase(Locale.ROOT).contains("chunked") || type == null) {
            return false;
        }
        String mediaType = type.toLowerCase(Locale.ROOT);
        int parameters = mediaType.indexOf(';');
        mediaType = (parameters < 0 ? mediaType : mediaType.substring(0, parameters)).strip();
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
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
