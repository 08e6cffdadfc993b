package org.hamyar.beneficiaries.overlap.override;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.security.Caller;
import org.hamyar.api.security.Roles;
import org.hamyar.beneficiaries.aid.service.AidService;

/** The audit log of overrides (docs/product.md §4): the granting organisation's own, or all for an auditor. */
@Path("/api/overlap-overrides")
@Tag(name = "Aid", description = "Aid records under the network's overlap rules")
@Produces(MediaType.APPLICATION_JSON)
public class OverrideResource {

    private final AidService aid;
    private final Caller caller;

    OverrideResource(AidService aid, Caller caller) {
        this.aid = aid;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(operationId = "listOverlapOverrides", summary = "Overrides of blocked overlaps, newest first",
            description = "Officers and coordinators see their own organisation's overrides with the justification; "
                    + "auditors see every override in the network.")
    @APIResponse(responseCode = "200", description = "A page of overrides")
    @APIResponse(responseCode = "400", description = "invalid-parameter: every bad parameter (page, size)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, or an officer's or coordinator's token names no organisation",
            content = @Content(mediaType = "application/problem+json"))
    public Page<OverrideResponse> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return aid.overrides(caller.actor(), PageRequest.of(page, size)).map(OverrideResponse::of);
    }
}
