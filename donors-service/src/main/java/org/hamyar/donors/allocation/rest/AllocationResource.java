package org.hamyar.donors.allocation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamyar.api.idempotency.Idempotent;
import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.params.ConventionsParamConverters;
import org.hamyar.api.security.Caller;
import org.hamyar.api.security.Roles;
import org.hamyar.donors.rest.Responses;
import org.hamyar.donors.allocation.AllocationService;
import org.hamyar.donors.allocation.AllocationStatus;
import org.hamyar.donors.allocation.FundingLookup;

import java.util.List;
import java.util.UUID;

@Path("/api/allocations")
@Tag(name = "Allocations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AllocationResource {

    private static final String EXAMPLE = """
            {"fundId": "d0000000-0000-4000-8000-0000000000f1", "amountRials": 25000000, "aidCategory": "EDUCATION_SUPPORT",
             "beneficiaryCategory": "ORPHAN", "provinceCode": "22", "county": "بندرعباس",
             "providerOrganizationId": "0a000000-0000-4000-8000-000000000001"}""";

    private final AllocationService service;
    private final FundingLookup funding;
    private final Caller caller;

    AllocationResource(AllocationService service, FundingLookup funding, Caller caller) {
        this.service = service;
        this.funding = funding;
        this.caller = caller;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "reserveAllocation", summary = "Reserve money of a fund for aid (the fund owner's coordinator, or an admin)",
            description = "422 naming every clause of the fund's restrictions (intention-violated for an endowment's fund) "
                    + "that forbids it; 409 insufficient-balance when the fund's available balance is smaller, however many "
                    + "reservations race. The reservation is committed when an AidGranted names its id, released when that "
                    + "aid is revoked or when it expires unused. Publishes AllocationReserved. Send an Idempotency-Key.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "orphans-education", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Reserved; Location and ETag headers",
            content = @Content(schema = @Schema(implementation = AllocationView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response reserve(AllocationRequest request, @Context UriInfo uri) {
        AllocationView allocation = service.reserve(caller.actor(), request);
        return Responses.created(uri, allocation.id(), allocation.version(), allocation);
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listAllocations", summary = "Allocations, newest first",
            description = "Auditors and admins: all; a fund's managers: the fund's (fund=); other staff: those their "
                    + "organisation provides aid with.")
    @APIResponse(responseCode = "200", description = "A page of allocations")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Page<AllocationView> list(@QueryParam("fund") UUID fund,
                                     @Parameter(description = "Providing organisation id") @QueryParam("provider") UUID provider,
                                     @QueryParam("status") AllocationStatus status,
                                     @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return service.list(caller.actor(), fund, provider, status, PageRequest.of(page, size));
    }

    @GET
    @Path("funding")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "findFunding", summary = "What paid for aid: allocation, fund and endowment, by aid or allocation ids",
            description = "For the gateway's household summary: up to 100 ids in one request (aid=…&aid=…&allocation=…). "
                    + "Aid without an allocation, or one the caller may not read, is simply absent.")
    @APIResponse(responseCode = "200", description = "One entry per funded aid found",
            content = @Content(schema = @Schema(implementation = FundingView[].class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public List<FundingView> funding(@Parameter(description = "Aid ids") @QueryParam("aid") List<UUID> aids,
                                     @Parameter(description = "Allocation ids") @QueryParam("allocation") List<UUID> allocationIds) {
        if (aids.isEmpty() && allocationIds.isEmpty() || aids.size() + allocationIds.size() > FundingLookup.MAX_IDS) {
            throw ConventionsParamConverters.invalid("aid", "{funding.ids}", FundingLookup.MAX_IDS);
        }
        return funding.find(caller.actor(), aids, allocationIds);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getAllocation", summary = "An allocation; ETag header",
            description = "Auditors, admins, the fund's managers and the provider's staff; 404 for anyone else.")
    @APIResponse(responseCode = "200", description = "The allocation", content = @Content(schema = @Schema(implementation = AllocationView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") UUID id) {
        AllocationView allocation = service.get(caller.actor(), id);
        return Responses.tagged(allocation, allocation.version());
    }
}
