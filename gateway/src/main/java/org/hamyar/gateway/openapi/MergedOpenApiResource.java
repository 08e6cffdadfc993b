package org.hamyar.gateway.openapi;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

/**
 * {@code GET /api-docs/openapi.json}: one OpenAPI document for the whole API (the services' paths
 * the gateway routes and the gateway's own views). Swagger UI ({@code /q/swagger-ui}) opens it.
 * Public, like every service's {@code /q/openapi}.
 */
@Path("/api-docs")
@Tag(name = "documentation")
@PermitAll
public class MergedOpenApiResource {

    @Inject
    MergedOpenApi merged;

    @GET
    @Path("/openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mergedOpenApi", summary = "The merged OpenAPI document of the whole Hamyar API",
            description = "Cached for a minute; a service that did not answer is left out and named under x-missing.")
    @APIResponse(responseCode = "200", description = "The document")
    public Uni<byte[]> document() {
        return merged.document();
    }
}
