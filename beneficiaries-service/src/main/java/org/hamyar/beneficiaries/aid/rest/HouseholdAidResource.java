package org.hamyar.beneficiaries.aid.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.hamyar.beneficiaries.aid.AidCategory;
import org.hamyar.beneficiaries.aid.mapping.AidMapper;
import org.hamyar.beneficiaries.aid.service.AidService;

@Path("/api/households/{householdId}/aid")
@Tag(name = "Aid", description = "Aid records under the network's overlap rules")
@Produces(MediaType.APPLICATION_JSON)
public class HouseholdAidResource {

    private final AidService aid;
    private final Caller caller;

    HouseholdAidResource(AidService aid, Caller caller) {
        this.aid = aid;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(operationId = "listHouseholdAid", summary = "A household's aid the caller may see, newest first",
            description = "The caller's own aid and that of organisations it shares data with; auditors see all.")
    @APIResponse(responseCode = "200", description = "A page of aid records")
    @APIResponse(responseCode = "400", description = "invalid-parameter: every bad parameter (householdId, category, page, size)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, or an officer's or coordinator's token names no organisation")
    @APIResponse(responseCode = "404", description = "No household the caller may see", content = @Content(mediaType = "application/problem+json"))
    public Page<AidResponse> list(@PathParam("householdId") UUID householdId, @QueryParam("category") AidCategory category,
                                  @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return aid.ofHousehold(caller.actor(), householdId, category, PageRequest.of(page, size))
                .map(a -> AidMapper.response(a, List.of()));
    }
}
