package org.hamyar.api.persistence;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hamyar.api.problem.ExceptionProblems;
import org.hamyar.api.problem.ProblemExceptionMappers;
import org.hamyar.api.problem.RequestInfo;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Hibernate ORM brings mappers of its own for these exception types; naming them here, at the
 * priority of {@link ProblemExceptionMappers}, makes them problems like every other failure.
 */
public class PersistenceExceptionMappers {

    private final ExceptionProblems problems;

    @Inject
    public PersistenceExceptionMappers(ExceptionProblems problems) {
        this.problems = problems;
    }

    @ServerExceptionMapper(priority = ProblemExceptionMappers.PRIORITY)
    public Response optimisticLock(OptimisticLockException e, HttpHeaders headers, UriInfo uri) {
        return problems.toResponse(e, RequestInfo.of(headers, uri));
    }

    @ServerExceptionMapper(priority = ProblemExceptionMappers.PRIORITY)
    public Response staleState(StaleStateException e, HttpHeaders headers, UriInfo uri) {
        return problems.toResponse(e, RequestInfo.of(headers, uri));
    }
}
