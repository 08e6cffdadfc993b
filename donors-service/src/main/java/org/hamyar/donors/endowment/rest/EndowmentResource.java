package org.hamyar.donors.endowment.rest;

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
import org.hamyar.donors.endowment.EndowmentService;

import java.util.UUID;

@Path("/api/endowments")
@Tag(name = "Endowments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EndowmentResource {

    private static final String EXAMPLE = """
            {"endowerName": "حاج محمد بندری", "deedNumber": "۱۴۰۲/۸۷۳", "endowedAsset": "یک باب مغازه در بازار بندرعباس",
             "intention": {"aidCategories": ["EDUCATION_SUPPORT"], "beneficiaryCategories": ["ORPHAN"],
                           "provinces": ["22"], "counties": []},
             "intentionFa": "درآمد این موقوفه صرف هزینه تحصیل ایتام استان هرمزگان شود"}""";

    private final EndowmentService service;
    private final Caller caller;

    EndowmentResource(EndowmentService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "registerEndowment", summary = "Register an endowment and open its ENDOWMENT_INCOME fund",
            description = "The trustee is the caller's organisation (an admin may name another). The fund carries the "
                    + "intention as its restrictions. Publishes EndowmentRegistered. Send an Idempotency-Key to retry safely.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "orphans-education-hormozgan", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag headers",
            content = @Content(schema = @Schema(implementation = EndowmentView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response register(EndowmentRequest request, @Context UriInfo uri) {
        EndowmentView endowment = service.register(caller.actor(), request);
        return Responses.created(uri, endowment.id(), endowment.version(), endowment);
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.DONOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listEndowments", summary = "Endowments, newest first (everyone signed in)")
    @APIResponse(responseCode = "200", description = "A page of endowments")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Page<EndowmentView> list(@Parameter(description = "Trustee organisation id") @QueryParam("trustee") UUID trustee,
                                    @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return service.list(trustee, PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.DONOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getEndowment", summary = "An endowment and its intention; ETag header")
    @APIResponse(responseCode = "200", description = "The endowment", content = @Content(schema = @Schema(implementation = EndowmentView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") UUID id) {
        EndowmentView endowment = service.get(id);
        return Responses.tagged(endowment, endowment.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "correctEndowment", summary = "Correct the endower's name or the asset (trustee, If-Match)",
            description = "The intention is the deed's and never changes.")
    @APIResponse(responseCode = "200", description = "Corrected; the new ETag", content = @Content(schema = @Schema(implementation = EndowmentView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response correct(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, EndowmentCorrection correction) {
        EndowmentView endowment = service.correct(caller.actor(), id, ifMatch, correction);
        return Responses.tagged(endowment, endowment.version());
    }
}
