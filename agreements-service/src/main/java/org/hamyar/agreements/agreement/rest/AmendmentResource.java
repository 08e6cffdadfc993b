package org.hamyar.agreements.agreement.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamyar.agreements.Submission;
import org.hamyar.agreements.agreement.service.AmendmentService;
import org.hamyar.api.idempotency.Idempotent;
import org.hamyar.api.security.Caller;
import org.hamyar.api.security.Roles;
import org.hamyar.api.validation.RequestValidation;

/**
 * Amendments of a signed agreement. A party's coordinator proposes a new text, signing it for its
 * party; it takes effect only when every party has signed it (then it is the next version, and
 * AgreementAmended is published). Until then the version in force stays in force. Whoever may read
 * the agreement reads its amendments; only its parties' coordinators act on them.
 */
@Path("/api/agreements/{id}/amendments")
@Tag(name = "agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AmendmentResource {

    private final AmendmentService service;
    private final RequestValidation validation;
    private final Caller caller;

    AmendmentResource(AmendmentService service, RequestValidation validation, Caller caller) {
        this.service = service;
        this.validation = validation;
        this.caller = caller;
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "proposeAmendment", summary = "Propose an amendment of a signed agreement",
            description = "The proposing party signs it with the proposal. It takes effect only when every party has "
                    + "signed it; until then the agreement keeps the version in force. One proposal is open at a time "
                    + "(409 amendment-pending). The parties cannot change.")
    @APIResponse(responseCode = "201", description = "The proposal, awaiting the other parties; Location is the proposal",
            content = @Content(schema = @Schema(implementation = AmendmentView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response propose(@PathParam("id") UUID id, AmendmentRequest request, @Context UriInfo uri) {
        var proposal = service.propose(id, Submission.of(request, validation, AmendmentRequest::toAmendment),
                caller.actor());
        return Response.created(location(uri, id, proposal.proposal().number()))
                .entity(AgreementMapper.amendment(proposal, true)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.DONOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listAmendments", summary = "The agreement's amendments, oldest first, without their text")
    @APIResponse(responseCode = "200", description = "Every proposal with its signatures and outcome",
            content = @Content(schema = @Schema(implementation = AmendmentView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<AmendmentView> list(@PathParam("id") UUID id) {
        return service.list(id, caller.actor()).stream().map(p -> AgreementMapper.amendment(p, false)).toList();
    }

    @GET
    @Path("{number}")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.DONOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getAmendment", summary = "One amendment with its whole proposed text")
    @APIResponse(responseCode = "200", description = "The proposal",
            content = @Content(schema = @Schema(implementation = AmendmentView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public AmendmentView get(@PathParam("id") UUID id, @PathParam("number") int number) {
        return AgreementMapper.amendment(service.get(id, number, caller.actor()), true);
    }

    @POST
    @Path("{number}/signatures")
    @Idempotent
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "signAmendment", summary = "Sign an amendment for the caller's party",
            description = "Once per party. With the last signature the amendment is adopted as the agreement's next "
                    + "version and AgreementAmended is published; 409 amendment-no-longer-valid when the agreement "
                    + "changed since so that the text no longer holds.")
    @APIResponse(responseCode = "201", description = "The amendment with the signature; ADOPTED with the last one",
            content = @Content(schema = @Schema(implementation = AmendmentView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response sign(@PathParam("id") UUID id, @PathParam("number") int number, SignatureRequest request,
                         @Context UriInfo uri) {
        var proposal = service.sign(id, number, Submission.of(request, validation, SignatureRequest::toSignature),
                caller.actor());
        return Response.created(location(uri, id, number)).entity(AgreementMapper.amendment(proposal, false)).build();
    }

    @POST
    @Path("{number}/withdrawal")
    @Idempotent
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "withdrawAmendment", summary = "Withdraw (the proposer) or decline (another party) an amendment",
            description = "Closes an open proposal: WITHDRAWN when its proposer's party asks, DECLINED when another "
                    + "party does. The version in force stays.")
    @APIResponse(responseCode = "200", description = "The closed amendment",
            content = @Content(schema = @Schema(implementation = AmendmentView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public AmendmentView withdraw(@PathParam("id") UUID id, @PathParam("number") int number) {
        return AgreementMapper.amendment(service.close(id, number, caller.actor()), false);
    }

    private static URI location(UriInfo uri, UUID id, int number) {
        return uri.getBaseUriBuilder().path("api/agreements").path(id.toString()).path("amendments")
                .path(Integer.toString(number)).build();
    }
}
