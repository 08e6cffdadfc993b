package org.hamyar.api.problem;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JacksonException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.arc.All;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;

/**
 * Decides which problem any exception is, in one place for JAX-RS exception mappers and for the
 * Vert.x failure handler. Whatever it does not recognise is a 500 whose body names no internals;
 * the stack trace goes to the log with the request id.
 */
@ApplicationScoped
public class ExceptionProblems {

    private static final Logger LOG = Logger.getLogger(ExceptionProblems.class);

    static final String INTERNAL_ERROR = "internal-error";
    static final String CONCURRENT_MODIFICATION = "concurrent-modification";
    static final String CONFLICT = "conflict";
    static final String UNAUTHORIZED = "unauthorized";
    static final String FORBIDDEN = "forbidden";
    /** The client closed the connection before the answer: nobody reads it, and it is not the service's fault. */
    static final String CLIENT_CLOSED_REQUEST = "client-closed-request";

    /** The challenge of a bearer-token API (RFC 6750). */
    static final String BEARER_CHALLENGE = "Bearer realm=\"hamyar\"";
    static final String INVALID_TOKEN_CHALLENGE = "Bearer realm=\"hamyar\", error=\"invalid_token\"";

    private static final int MAX_CAUSE_DEPTH = 16;
    private static final String REQUEST_TOO_LARGE = "Request too large";
    private static final String CONNECTION_CLOSED = "Connection was closed";

    /** Statuses whose WebApplicationException keeps a stable slug; other statuses get {@code http-<status>}. */
    private static final Map<Integer, String> STATUS_SLUGS = Map.ofEntries(
            Map.entry(400, "bad-request"), Map.entry(401, UNAUTHORIZED), Map.entry(403, FORBIDDEN),
            Map.entry(404, "not-found"), Map.entry(405, "method-not-allowed"), Map.entry(406, "not-acceptable"),
            Map.entry(409, CONFLICT), Map.entry(410, "gone"), Map.entry(411, "length-required"),
            Map.entry(412, "precondition-failed"), Map.entry(413, "payload-too-large"), Map.entry(414, "uri-too-long"),
            Map.entry(415, "unsupported-media-type"), Map.entry(422, "unprocessable-content"),
            Map.entry(428, "precondition-required"), Map.entry(429, "too-many-requests"),
            Map.entry(500, INTERNAL_ERROR), Map.entry(501, "not-implemented"), Map.entry(502, "bad-gateway"),
            Map.entry(503, "service-unavailable"), Map.entry(504, "gateway-timeout"));
    /** Response headers of a WebApplicationException worth keeping on the problem response. */
    private static final List<String> KEPT_HEADERS =
            List.of("Allow", "Retry-After", "WWW-Authenticate", "ETag", "Location", "Accept-Patch", "Accept-Post");

    private final ProblemResponses responses;
    private final List<CauseRecognizer> recognizers;

    @Inject
    public ExceptionProblems(ProblemResponses responses, @All List<CauseRecognizer> recognizers) {
        this.responses = responses;
        this.recognizers = List.copyOf(recognizers);
    }

    /** The problem response for an exception, logged when it is the service's fault. */
    public Response toResponse(Throwable failure, RequestInfo request) {
        if (failure instanceof WebApplicationException web && web.getResponse() != null
                && web.getResponse().getStatus() < 400) {
            // Redirections and the like are answers, not problems.
            return web.getResponse();
        }
        return responses.toResponse(classifyAndLog(failure, request), request);
    }

    /** The problem for an exception, logged when it is the service's fault. */
    public DomainProblem classifyAndLog(Throwable failure, RequestInfo request) {
        DomainProblem problem = classify(failure);
        log(failure, problem, request);
        return problem;
    }

    public DomainProblem classify(Throwable failure) {
        DomainProblem known = recognise(failure);
        if (known != null) {
            return known;
        }
        // Transactions, CDI interceptors and reactive pipelines wrap what went wrong.
        Throwable cause = failure.getCause();
        for (int depth = 0; cause != null && cause != failure && depth < MAX_CAUSE_DEPTH; depth++) {
            known = recogniseCause(cause);
            if (known != null) {
                return known;
            }
            cause = cause.getCause();
        }
        return internalError();
    }

    private DomainProblem recognise(Throwable failure) {
        if (failure instanceof WebApplicationException web) {
            return ofWebApplication(web);
        }
        if (failure instanceof JacksonException json) {
            return JsonProblems.of(json);
        }
        if (IdentityProviderFailures.isProviderUnavailable(failure)) {
            // the token could not be checked at all: not the caller's fault, and maybe a good token
            return IdentityProviderFailures.unavailable();
        }
        if (failure instanceof UnauthorizedException) {
            return unauthorized(BEARER_CHALLENGE);
        }
        if (failure instanceof AuthenticationFailedException) {
            return unauthorized(INVALID_TOKEN_CHALLENGE);
        }
        if (failure instanceof ForbiddenException) {
            return forbidden();
        }
        if (failure instanceof IOException io && REQUEST_TOO_LARGE.equals(io.getMessage())) {
            // Quarkus REST met a chunked body over quarkus.http.limits.max-body-size while reading
            // it; it has already answered 413 itself.
            return ofWebApplication(new WebApplicationException(413));
        }
        return recogniseCause(failure);
    }

    /** What may be recognised anywhere in the cause chain. */
    private DomainProblem recogniseCause(Throwable failure) {
        if (failure instanceof DomainProblem problem) {
            return problem;
        }
        if (failure instanceof ConstraintViolationException violations) {
            return ValidationProblems.of(violations);
        }
        if (clientClosed(failure)) {
            return clientClosedRequest();
        }
        for (CauseRecognizer recognizer : recognizers) {
            DomainProblem problem = recognizer.recognise(failure);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** The client hung up while its body was read or the answer written. */
    private static boolean clientClosed(Throwable failure) {
        return failure instanceof HttpClosedException || failure instanceof ClosedChannelException
                || (failure instanceof IOException || failure instanceof io.vertx.core.VertxException)
                        && CONNECTION_CLOSED.equals(failure.getMessage());
    }

    private DomainProblem ofWebApplication(WebApplicationException web) {
        Throwable cause = web.getCause();
        if (cause instanceof JacksonException json) {
            // Quarkus REST wraps parse errors of the body reader into a 400.
            return JsonProblems.of(json);
        }
        if (cause instanceof DomainProblem problem) {
            return problem;
        }
        Response response = web.getResponse();
        int status = response == null ? 500 : response.getStatus();
        String slug = STATUS_SLUGS.getOrDefault(status, "http-" + status);
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String reason = statusType != null ? statusType.getReasonPhrase()
                : response != null ? response.getStatusInfo().getReasonPhrase() : "Error";
        DomainProblem problem = new DomainProblem(status, slug, reason, "The request failed with status {0,number,#}",
                status);
        if (response != null) {
            for (String header : KEPT_HEADERS) {
                String value = response.getHeaderString(header);
                if (value != null) {
                    problem.withHeader(header, value);
                }
            }
        }
        if (status == 401 && !problem.headers().containsKey(HttpHeaders.WWW_AUTHENTICATE)) {
            problem.withHeader(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE);
        }
        return problem;
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < MAX_CAUSE_DEPTH; depth++) {
            root = root.getCause();
        }
        return root.toString();
    }

    static DomainProblem unauthorized(String challenge) {
        return new DomainProblem(401, UNAUTHORIZED, "Unauthorized",
                "A valid bearer token is required for this request")
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
    }

    static DomainProblem forbidden() {
        return new DomainProblem(403, FORBIDDEN, "Forbidden", "Your roles do not allow this request");
    }

    /** Two writers changed the same thing: the loser reads again and retries. */
    public static DomainProblem concurrentModification() {
        return new DomainProblem(409, CONCURRENT_MODIFICATION, "Concurrent modification",
                "Someone else changed this resource at the same time; read it again and retry");
    }

    /** A change that collides with data that already exists (a unique constraint). */
    public static DomainProblem conflict() {
        return new DomainProblem(409, CONFLICT, "Conflict", "The change conflicts with data that already exists");
    }

    /**
     * 499 is nginx's status for a request whose client went away: no one receives it, but the
     * access log and the metrics must not count it as the service's failure.
     */
    static DomainProblem clientClosedRequest() {
        return new DomainProblem(499, CLIENT_CLOSED_REQUEST, "Client closed request",
                "The client closed the connection before the answer was complete");
    }

    static DomainProblem internalError() {
        return new DomainProblem(500, INTERNAL_ERROR, "Internal error",
                "The service failed to answer this request; quote the request id when reporting it");
    }

    private static void log(Throwable failure, DomainProblem problem, RequestInfo request) {
        // A DomainProblem is an answer the code chose (the gateway's 503 for a service that is down,
        // one per request while a breaker is open): an unexpected exception is the service's fault.
        if (problem.status() < 500 || failure instanceof DomainProblem) {
            if (LOG.isDebugEnabled()) {
                LOG.debugf("%s answered %d %s (request id %s): %s", request.path(), problem.status(),
                        problem.slug(), request.requestId(), failure);
            }
            return;
        }
        if (IdentityProviderFailures.IDENTITY_PROVIDER_UNAVAILABLE.equals(problem.slug())) {
            // an outage of Keycloak fails every request that needs it: one line each, no stack trace
            LOG.warnf("%s answered 503: the identity provider cannot be reached (request id %s): %s",
                    request.path(), request.requestId(), rootCause(failure));
            return;
        }
        LOG.errorf(failure, "Request %s failed with %d %s (request id %s)", request.path(), problem.status(),
                problem.slug(), request.requestId());
    }
}
