package org.hamyar.api.problem;

import jakarta.inject.Inject;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Every exception that reaches JAX-RS leaves as a problem.
 *
 * <p>Quarkus REST picks the mapper of the most specific exception type, and among mappers of the
 * same type the lowest priority number. Quarkus and its extensions bring their own mappers for
 * several of these types (Jackson's {@code MismatchedInputException}, Bean Validation's
 * {@code ValidationException}, the security exceptions); each method here names such a type
 * explicitly and takes a priority below {@link Priorities#USER}, so ours win. A service may still
 * map a more specific exception of its own.
 */
public class ProblemExceptionMappers {

    /** Below {@link Priorities#USER}, so that these win over the extensions' own mappers; api-persistence uses it too. */
    public static final int PRIORITY = Priorities.USER - 100;

    private final ExceptionProblems problems;

    @Inject
    public ProblemExceptionMappers(ExceptionProblems problems) {
        this.problems = problems;
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response domainProblem(DomainProblem e, HttpHeaders headers, UriInfo uri) {
        return problems.toResponse(e, RequestInfo.of(headers, uri));
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response validation(ValidationException e, HttpHeaders headers, UriInfo uri) {
        return problems.toResponse(e, RequestInfo.of(headers, uri));
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response mismatchedJson(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return problems.toResponse(e, RequestInfo.of(headers, uri));
    }

    /** A type Jackson cannot bind at all is the service's bug: 500, logged. */
    @ServerExceptionMapper(priority = PRIORITY)
    public Response jsonDefinition(InvalidDefinitionException e, HttpHeaders headers, UriInfo uri) {
        return problems.toResponse(e, RequestInfo.of(headers, uri));
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response json(JacksonException e, HttpHeaders headers, UriInfo uri) {
        return problems.toResponse(e, RequestInfo.of(headers, uri));
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        return problems.toResponse(e, RequestInfo.of(headers, uri));
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return problems.toResponse(e, RequestInfo.of(headers, uri));
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        return problems.toResponse(e, RequestInfo.of(headers, uri));
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return problems.toResponse(e, RequestInfo.of(headers, uri));
    }

    /** Everything else, including exceptions that wrap one of the above. */
    @ServerExceptionMapper(priority = PRIORITY)
    public Response anything(Throwable e, HttpHeaders headers, UriInfo uri) {
        return problems.toResponse(e, RequestInfo.of(headers, uri));
    }
}
