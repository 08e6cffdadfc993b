package org.hamyar.api.problem;

import java.util.List;
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
 *
 * <p><b>A smaller limit for most paths.</b> {@code quarkus.http.limits.max-body-size} is one limit for
 * the whole service. A service whose few upload paths need a large one (the beneficiaries-service's
 * CSV imports) sets that as the Quarkus limit and {@code hamyar.http.max-body-size} (say 1M) for
 * every path but those under {@code hamyar.http.large-body-paths} (say {@code /api/imports}): a
 * larger {@code Content-Length}, or a chunked JSON body that grows beyond it, is the same 413
 * problem on those paths. Without {@code hamyar.http.max-body-size} every path has the Quarkus limit.
 *
 * <p><b>Small JSON bodies read on the event loop</b> ({@code hamyar.http.small-json-bodies-on-event-loop},
 * off unless a service turns it on). Quarkus REST reads the body of a blocking endpoint (every
 * endpoint of the services) on the worker thread, as a stream: the worker asks the event loop for the
 * body and waits until the event loop has run again to hand it over, a thread hand-off per request
 * that leaves workers waiting under load (docs/benchmarks.md, "Design choices the numbers drove").
 * Turned on, a JSON body whose {@code Content-Length} is at most {@code quarkus.rest.input-buffer-size}
 * (10 KiB, the bound to which Quarkus REST buffers the body of a non-blocking endpoint) is read here,
 * before the request goes to a worker, which then parses it from memory; larger bodies are streamed
 * as before, so a client cannot make the service hold more than that per request before it is
 * authenticated. Not for the gateway, which pipes the bodies it forwards unread.
 */
@ApplicationScoped
public class BodyLimitProblem {

    /** Below the request id filter, so the problem carries the id; above Quarkus' own limit (order -2). */
    static final int PRIORITY = 9_000;

    private final ExceptionProblems problems;
    private final ProblemResponses responses;
    private final Optional<MemorySize> maxBodySize;
    private final Optional<MemorySize> smallMaxBodySize;
    private final List<String> largeBodyPaths;
    private final long smallJsonBody;

    @Inject
    public BodyLimitProblem(ExceptionProblems problems, ProblemResponses responses,
                            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize,
                            @ConfigProperty(name = "hamyar.http.max-body-size") Optional<MemorySize> smallMaxBodySize,
                            @ConfigProperty(name = "hamyar.http.large-body-paths") Optional<List<String>> largeBodyPaths,
                            @ConfigProperty(name = "hamyar.http.small-json-bodies-on-event-loop", defaultValue = "false") boolean smallJsonBodiesOnEventLoop,
                            @ConfigProperty(name = "quarkus.rest.input-buffer-size", defaultValue = "10k") MemorySize inputBufferSize) {
        this.problems = problems;
        this.responses = responses;
        this.maxBodySize = maxBodySize;
        this.smallMaxBodySize = smallMaxBodySize;
        this.largeBodyPaths = largeBodyPaths.orElse(List.of());
        this.smallJsonBody = smallJsonBodiesOnEventLoop ? inputBufferSize.asLongValue() : 0;
    }

    void register(@Observes Filters filters) {
        maxBodySize.ifPresent(limit -> {
            Limit large = new Limit(limit.asLongValue());
            Limit small = smallMaxBodySize.map(size -> new Limit(Math.min(size.asLongValue(), limit.asLongValue())))
                    .orElse(large);
            filters.register(context -> check(context, isLargeBodyPath(context.normalizedPath()) ? large : small),
                    PRIORITY);
        });
    }

    /** A path under one of {@code hamyar.http.large-body-paths}, as a whole segment: {@code /api/imports/x}, not {@code /api/importsx}. */
    boolean isLargeBodyPath(String path) {
        for (String prefix : largeBodyPaths) {
            if (path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/")) {
                return true;
            }
        }
        return false;
    }

    /** A limit in bytes, with the body reader that holds a chunked JSON body to it. */
    private record Limit(long bytes, BodyHandler jsonBodies) {
        Limit(long bytes) {
            this(bytes, BodyHandler.create(false).setBodyLimit(bytes));
        }
    }

    private void check(RoutingContext context, Limit maximum) {
        long limit = maximum.bytes();
        BodyHandler jsonBodies = maximum.jsonBodies();
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null && isChunkedJson(context)) {
            jsonBodies.handle(context);
            return;
        }
        if (length != null && smallJsonBody > 0 && isJson(context) && isSmall(length, Math.min(smallJsonBody, limit))) {
            // read on the event loop, so that the worker does not wait for it (see above)
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
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked") && isJson(context);
    }

    private static boolean isJson(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (type == null) {
            return false;
        }
        String mediaType = type.toLowerCase(Locale.ROOT);
        int parameters = mediaType.indexOf(';');
        mediaType = (parameters < 0 ? mediaType : mediaType.substring(0, parameters)).strip();
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    /** A body of 1 to {@code maximum} bytes (an empty one has nothing to read: Quarkus REST takes it as it is). */
    private static boolean isSmall(String length, long maximum) {
        try {
            long bytes = Long.parseLong(length.strip());
            return bytes > 0 && bytes <= maximum;
        } catch (NumberFormatException unreadable) {
            return false;
        }
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
