package org.hamyar.agreements.commitment.rest;

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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamyar.agreements.Submission;
import org.hamyar.agreements.commitment.service.CommitmentService;
import org.hamyar.api.idempotency.Idempotent;
import org.hamyar.api.security.Caller;
import org.hamyar.api.security.Roles;
import org.hamyar.api.validation.RequestValidation;

/** Progress on commitments and the agreement's report. */
@Path("/api/agreements/{id}")
@Tag(name = "commitments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommitmentResource {

    private final CommitmentService service;
    private final RequestValidation validation;
    private final Caller caller;

    CommitmentResource(CommitmentService service, RequestValidation validation, Caller caller) {
        this.service = service;
        this.validation = validation;
        this.caller = caller;
    }

    @POST
    @Path("commitments/{commitmentId}/progress")
    @Idempotent
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR})
    @Operation(operationId = "reportProgress", summary = "Report progress on a commitment",
            description = "By the committed party or the monitoring party (403 for anyone else), while the agreement is "
                    + "ACTIVE or after it EXPIRED. Values add up. Publishes CommitmentProgressReported.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "insured-households", value = """
            {"value": "۹۰۰", "note": "۹۰۰ خانوار روستایی در شش ماه نخست سال از بیمه بهره‌مند شدند", "reportedOn": "1397-09-26"}""")))
    @APIResponse(responseCode = "201", description = "Recorded, with the running total after it",
            content = @Content(schema = @Schema(implementation = ProgressView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response report(@PathParam("id") UUID id, @PathParam("commitmentId") UUID commitmentId,
                           ProgressRequest request, @Context UriInfo uri) {
        var recorded = service.report(id, commitmentId, Submission.of(request, validation, ProgressRequest::toEntry),
                caller.actor());
        return Response.created(uri.getAbsolutePath()).entity(CommitmentMapper.view(recorded)).build();
    }

    @GET
    @Path("commitments/{commitmentId}/progress")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.DONOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listProgress", summary = "The progress reports on a commitment, oldest first, with running totals")
    @APIResponse(responseCode = "200", description = "The reports, each with the running total after it",
            content = @Content(schema = @Schema(implementation = ProgressView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<ProgressView> history(@PathParam("id") UUID id, @PathParam("commitmentId") UUID commitmentId) {
        return service.history(id, commitmentId, caller.actor()).stream().map(CommitmentMapper::view).toList();
    }

    @GET
    @Path("report")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.DONOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getAgreementReport",
            summary = "Each commitment with its target, progress so far, percentage and whether it is overdue")
    @APIResponse(responseCode = "200", description = "The report as of today",
            content = @Content(schema = @Schema(implementation = AgreementReport.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public AgreementReport report(@PathParam("id") UUID id) {
        return CommitmentMapper.report(service.agreementReport(id, caller.actor()));
    }
}
