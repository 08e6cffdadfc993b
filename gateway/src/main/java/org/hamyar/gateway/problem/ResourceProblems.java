package org.hamyar.gateway.problem;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.hamyar.gateway.requestid.RequestIds;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Problem details for what goes wrong in the gateway's own resources (views, documents). */
public class ResourceProblems {

    private static final Logger LOG = Logger.getLogger(ResourceProblems.class);

    @Inject
    ProblemWriter problems;

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, ContainerRequestContext request) {
        return respond(GatewayProblem.unauthorized(), request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, ContainerRequestContext request) {
        return respond(GatewayProblem.forbidden(), request);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, ContainerRequestContext request) {
        int status = e.getResponse().getStatus();
        GatewayProblem problem = switch (status) {
            case 401 -> GatewayProblem.unauthorized();
            case 403 -> GatewayProblem.forbidden();
            case 404 -> GatewayProblem.notFound();
            default -> GatewayProblem.of(status, slugOf(status));
        };
        return respond(problem, request);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, ContainerRequestContext request) {
        LOG.errorf(e, "unexpected failure on %s", request.getUriInfo().getPath());
        return respond(GatewayProblem.internalError(), request);
    }

    private Response respond(GatewayProblem problem, ContainerRequestContext request) {
        return problems.toResponse(problem, request.getUriInfo().getPath(),
                request.getHeaderString(RequestIds.HEADER), request.getHeaderString("Accept-Language"));
    }

    /** A slug for the statuses JAX-RS itself raises (405, 406, 415 ...). */
    private static String slugOf(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            default -> status >= 500 ? "internal-error" : "request-refused";
        };
    }
}
