package org.hamyar.agreements.committee.rest;

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

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamyar.agreements.Submission;
import org.hamyar.agreements.committee.service.CommitteeService;
import org.hamyar.api.idempotency.Idempotent;
import org.hamyar.api.security.Caller;
import org.hamyar.api.security.Roles;
import org.hamyar.api.validation.RequestValidation;

/** The joint committee of a signed agreement. */
@Path("/api/agreements/{id}/committee")
@Tag(name = "committee")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitteeResource {

    private final CommitteeService service;
    private final RequestValidation validation;
    private final Caller caller;

    CommitteeResource(CommitteeService service, RequestValidation validation, Caller caller) {
        this.service = service;
        this.validation = validation;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.DONOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getCommittee", summary = "Seats, nomination rules, members and nominations")
    @APIResponse(responseCode = "200", description = "The committee",
            content = @Content(schema = @Schema(implementation = CommitteeView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CommitteeView committee(@PathParam("id") UUID id) {
        return CommitteeMapper.view(service.committee(id, caller.actor()));
    }

    @POST
    @Path("members")
    @Idempotent
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "appointCommitteeMember", summary = "Appoint a representative to one of the caller's party's seats",
            description = "409 when the party's seats are all taken, or the agreement is not SIGNED or ACTIVE.")
    @APIResponse(responseCode = "201", description = "Appointed; Location is the committee",
            content = @Content(schema = @Schema(implementation = CommitteeView.MemberView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response appoint(@PathParam("id") UUID id, AppointmentRequest request, @Context UriInfo uri) {
        var member = service.appoint(id, Submission.of(request, validation, AppointmentRequest::toAppointment),
                caller.actor());
        return Response.created(committeeUri(uri, id)).entity(CommitteeMapper.view(member)).build();
    }

    @POST
    @Path("nominations")
    @Idempotent
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "nominateForCommittee", summary = "The nominating party proposes organisations for a seat",
            description = "Exactly as many as the rule says (seed 003: the HQ nominates three NGOs); 409 when the rule's seats are taken.")
    @APIResponse(responseCode = "201", description = "Nominated; the rule's seat is taken until the choosing party picks",
            content = @Content(schema = @Schema(implementation = CommitteeView.NominationView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response nominate(@PathParam("id") UUID id, NominationRequest request, @Context UriInfo uri) {
        var nomination = service.nominate(id, Submission.of(request, validation, NominationRequest::toProposal),
                caller.actor());
        return Response.created(committeeUri(uri, id)).entity(CommitteeMapper.view(nomination)).build();
    }

    @POST
    @Path("nominations/{nominationId}/selection")
    @Idempotent
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "selectNominee", summary = "The choosing party picks one nominee, who becomes a member")
    @APIResponse(responseCode = "201", description = "Chosen; the new member",
            content = @Content(schema = @Schema(implementation = CommitteeView.MemberView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response select(@PathParam("id") UUID id, @PathParam("nominationId") UUID nominationId,
                           SelectionRequest request, @Context UriInfo uri) {
        var member = service.select(id, nominationId, Submission.of(request, validation, SelectionRequest::toSelection),
                caller.actor());
        return Response.created(committeeUri(uri, id)).entity(CommitteeMapper.view(member)).build();
    }

    @POST
    @Path("decisions")
    @Idempotent
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "recordCommitteeDecision", summary = "Record a decision of the committee, e.g. approving a guideline")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = CommitteeView.DecisionView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response decide(@PathParam("id") UUID id, DecisionRequest request, @Context UriInfo uri) {
        var decision = service.decide(id, Submission.of(request, validation, DecisionRequest::toDecisionText),
                caller.actor());
        return Response.created(uri.getAbsolutePath()).entity(CommitteeMapper.view(decision)).build();
    }

    @GET
    @Path("decisions")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.DONOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listCommitteeDecisions", summary = "The committee's decisions, oldest first")
    @APIResponse(responseCode = "200", description = "The decisions",
            content = @Content(schema = @Schema(implementation = CommitteeView.DecisionView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<CommitteeView.DecisionView> decisions(@PathParam("id") UUID id) {
        return service.decisions(id, caller.actor()).stream().map(CommitteeMapper::view).toList();
    }

    private static java.net.URI committeeUri(UriInfo uri, UUID id) {
        return uri.getBaseUriBuilder().path("api/agreements").path(id.toString()).path("committee").build();
    }
}
