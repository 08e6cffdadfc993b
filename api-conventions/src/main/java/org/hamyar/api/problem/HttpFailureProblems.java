package org.hamyar.api.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import io.quarkus.security.AuthenticationRedirectException;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Problems for failures that never reach JAX-RS: a bearer token rejected by the authentication
 * layer (proactive authentication runs before any resource), a body over
 * {@code quarkus.http.limits.max-body-size}, and whatever else fails a Vert.x route.
 */
@ApplicationScoped
public class HttpFailureProblems {

    private final ExceptionProblems problems;
    private final ProblemResponses responses;

    @Inject
    public HttpFailureProblems(ExceptionProblems problems, ProblemResponses responses) {
        this.problems = problems;
        this.responses = responses;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    void handle(RoutingContext context) {
        Throwable failure = context.failure();
        if (context.response().headWritten() || failure instanceof AuthenticationRedirectException) {
            context.next();
            return;
        }
        if (failure == null) {
            int status = context.statusCode() >= 400 ? context.statusCode() : 500;
            failure = new WebApplicationException(status);
        }
        RequestInfo request = RequestInfo.of(context);
        DomainProblem problem = problems.classifyAndLog(failure, request);
        byte[] body = responses.toJson(problem, request);
        context.response().setStatusCode(problem.status());
        if (problem.status() != 401) {
            // Quarkus' bearer mechanism sets its challenge before it fails the route; a challenge
            // belongs to a 401 only (a 503 for an unreachable Keycloak must not ask for a new token)
            context.response().headers().remove("WWW-Authenticate");
        }
        problem.headers().forEach((name, value) -> context.response().headers().set(name, value));
        context.response().headers().set("Content-Type", ProblemResponses.PROBLEM_JSON);
        if (problem.status() == 413) {
            // The rest of the oversized body is not read; only closing the connection discards it.
            context.response().headers().set("Connection", "close");
            context.response().endHandler(ignored -> context.request().connection().close());
        }
        context.response().end(Buffer.buffer(body));
    }
}
