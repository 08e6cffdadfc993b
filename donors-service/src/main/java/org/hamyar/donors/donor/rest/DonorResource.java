package org.hamyar.donors.donor.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.hamyar.api.security.Caller;
import org.hamyar.api.security.Roles;
import org.hamyar.donors.rest.Responses;
import org.hamyar.donors.donor.DonorDetails;
import org.hamyar.donors.donor.DonorService;
import org.hamyar.donors.statement.DonorStatement;
import org.hamyar.donors.statement.StatementService;

import java.util.UUID;

@Path("/api/donors")
@Tag(name = "Donors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DonorResource {

    private static final String EXAMPLE = """
            {"kind": "PERSON", "identifier": "0012345679",
             "details": {"nameFa": "رضا احمدی", "phone": "09121234567", "provinceCode": "23",
                         "assemblyOrganizationId": "0a000000-0000-4000-8000-000000000004", "assemblyLevel": "NATIONAL",
                         "username": "donor.reza"}}""";

    private final DonorService service;
    private final StatementService statements;
    private final Caller caller;

    DonorResource(DonorService service, StatementService statements, Caller caller) {
        this.service = service;
        this.statements = statements;
        this.caller = caller;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "registerDonor", summary = "Register a donor (its assembly's coordinator, or an admin)",
            description = "A coordinator registers donors into the assembly its organisation is. `details.username` links "
                    + "the Keycloak user who signs in as this donor. Publishes DonorRegistered (no name, no code). "
                    + "Send an Idempotency-Key to retry safely.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "reza", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag headers",
            content = @Content(schema = @Schema(implementation = DonorView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response register(DonorRequest request, @Context UriInfo uri) {
        DonorView donor = service.register(caller.actor(), request);
        return Responses.created(uri, donor.id(), donor.version(), donor);
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listDonors", summary = "Donors, newest first",
            description = "Auditors and admins: all (filter by assembly); a coordinator: the donors of its own organisation's assembly.")
    @APIResponse(responseCode = "200", description = "A page of donors")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Page<DonorView> list(@Parameter(description = "The donors' assembly (organisation id)") @QueryParam("assembly") UUID assembly,
                                @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return service.list(caller.actor(), assembly, PageRequest.of(page, size));
    }

    @GET
    @Path("me")
    @RolesAllowed(Roles.DONOR)
    @Operation(operationId = "getOwnDonor", summary = "The donor record the signed-in donor user is linked to")
    @APIResponse(responseCode = "200", description = "The donor", content = @Content(schema = @Schema(implementation = DonorView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response own() {
        DonorView donor = DonorView.of(service.own(caller.actor()));
        return Responses.tagged(donor, donor.version());
    }

    @GET
    @Path("me/statement")
    @RolesAllowed(Roles.DONOR)
    @Operation(operationId = "getOwnStatement", summary = "Where the signed-in donor's money went",
            description = "By fund, aid category, province and Jalali month; never names a beneficiary.")
    @APIResponse(responseCode = "200", description = "The statement", content = @Content(schema = @Schema(implementation = DonorStatement.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public DonorStatement ownStatement() {
        return statements.statement(service.own(caller.actor()));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.DONOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getDonor", summary = "A donor; ETag header",
            description = "Auditors, admins, its assembly's coordinators and the donor user linked to it; 404 for anyone else.")
    @APIResponse(responseCode = "200", description = "The donor", content = @Content(schema = @Schema(implementation = DonorView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") UUID id) {
        DonorView donor = service.get(caller.actor(), id);
        return Responses.tagged(donor, donor.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "updateDonor", summary = "Replace a donor's details (If-Match), e.g. link its user",
            description = "An admin, or the coordinators of its assembly (who cannot move it to another assembly).")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag", content = @Content(schema = @Schema(implementation = DonorView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, DonorDetails details) {
        DonorView donor = service.update(caller.actor(), id, ifMatch, details);
        return Responses.tagged(donor, donor.version());
    }

    @GET
    @Path("{id}/statement")
    @RolesAllowed({Roles.COORDINATOR, Roles.DONOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getDonorStatement", summary = "Where a donor's money went",
            description = "Whoever may read the donor: a donor user only its own (another donor's is 404).")
    @APIResponse(responseCode = "200", description = "The statement", content = @Content(schema = @Schema(implementation = DonorStatement.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public DonorStatement statement(@PathParam("id") UUID id) {
        return statements.statement(service.readable(caller.actor(), id));
    }
}
