package org.hamyar.beneficiaries.enrolment.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamyar.api.http.EntityTags;
import org.hamyar.api.idempotency.Idempotent;
import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.security.Caller;
import org.hamyar.api.security.Roles;
import org.hamyar.api.validation.RequestValidation;
import org.hamyar.beneficiaries.access.Subject;
import org.hamyar.beneficiaries.enrolment.Enrolment;
import org.hamyar.beneficiaries.enrolment.EnrolmentOrder;
import org.hamyar.beneficiaries.enrolment.EnrolmentProblems;
import org.hamyar.beneficiaries.enrolment.repository.EnrolmentRepository;
import org.hamyar.beneficiaries.enrolment.service.EnrolmentService;
import org.hamyar.beneficiaries.household.EnrolmentCategory;
import org.hamyar.beneficiaries.rest.ApiExamples;

@Path("/api/enrolments")
@Tag(name = "Enrolments", description = "Which organisation supports which person or household, in which category, when")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnrolmentResource {

    private final EnrolmentService enrolments;
    private final Caller caller;
    private final RequestValidation validation;

    EnrolmentResource(EnrolmentService enrolments, Caller caller, RequestValidation validation) {
        this.enrolments = enrolments;
        this.caller = caller;
        this.validation = validation;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR})
    @Operation(operationId = "createEnrolment", summary = "The caller's organisation takes a person or household under its support",
            description = "The subject must be one the caller may see (registered, shared with it, or referred to it and "
                    + "accepted); otherwise 404. The organisation's enrolments of one subject in one category never overlap: "
                    + "409 enrolment-overlaps names the existing one. EnrolmentCreated is published, keyed by the subject.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "rural household", value = ApiExamples.ENROLMENT)))
    @APIResponse(responseCode = "201", description = "Enrolled; the ETag is its version",
            content = @Content(schema = @Schema(implementation = EnrolmentResponse.class)))
    @APIResponse(responseCode = "400", description = "validation-failed: every invalid field (both or neither of personId and "
            + "householdId, no category or startDate, endDate before startDate)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an officer or coordinator, or the token names no organisation",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "person-not-found / household-not-found: none the caller may see",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "enrolment-overlaps: the organisation already enrols the subject in the category for part of the period",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "overlap", value = ApiExamples.ENROLMENT_OVERLAPS)))
    public Response create(@NotNull EnrolmentRequest request) {
        validation.require(validation.shape(request), EnrolmentRules.check(request));
        Enrolment enrolment = enrolments.enrol(caller.actor(), new EnrolmentOrder(
                new Subject(request.personId(), request.householdId()), request.category(), request.startDate(),
                request.endDate()));
        return Response.created(URI.create("/api/enrolments/" + enrolment.id)).entity(EnrolmentResponse.of(enrolment))
                .tag(EntityTags.of(enrolment.version)).build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(operationId = "listEnrolments", summary = "The caller's organisation's enrolments, newest start first",
            description = "Auditors see the network's. Showing an enrolment whose subject the caller did not register is a "
                    + "logged read of that subject (GET /api/audit).")
    @APIResponse(responseCode = "200", description = "A page of enrolments")
    @APIResponse(responseCode = "400", description = "invalid-parameter: every bad parameter (personId, householdId, category, activeOn, page, size)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, or an officer's or coordinator's token names no organisation",
            content = @Content(mediaType = "application/problem+json"))
    public Page<EnrolmentResponse> list(@QueryParam("personId") UUID personId,
                                        @QueryParam("householdId") UUID householdId,
                                        @QueryParam("category") EnrolmentCategory category,
                                        @Parameter(description = "Enrolments that support their subject on this day, ISO or Jalali")
                                        @QueryParam("activeOn") LocalDate activeOn,
                                        @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return enrolments.list(caller.actor(), new EnrolmentRepository.Filter(personId, householdId, category, activeOn),
                PageRequest.of(page, size)).map(EnrolmentResponse::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(operationId = "getEnrolment", summary = "An enrolment of the caller's organisation (auditors: any)")
    @APIResponse(responseCode = "200", description = "The enrolment; its version in the ETag header",
            content = @Content(schema = @Schema(implementation = EnrolmentResponse.class)))
    @APIResponse(responseCode = "400", description = "invalid-parameter: the id is not a UUID",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, or an officer's or coordinator's token names no organisation",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "enrolment-not-found: none of the caller's organisation",
            content = @Content(mediaType = "application/problem+json"))
    public Response get(@PathParam("id") UUID id) {
        Enrolment enrolment = enrolments.read(caller.actor(), id)
                .orElseThrow(() -> new EnrolmentProblems.EnrolmentNotFound(id));
        return Response.ok(EnrolmentResponse.of(enrolment)).tag(EntityTags.of(enrolment.version)).build();
    }

    @POST
    @Path("{id}/end")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR})
    @Operation(operationId = "endEnrolment", summary = "End the caller's organisation's enrolment (If-Match)",
            description = "endDate is the last day of support. EnrolmentEnded is published, keyed by the subject.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "end of the year", value = ApiExamples.ENROLMENT_END)))
    @APIResponse(responseCode = "200", description = "Ended; the new ETag in the header",
            content = @Content(schema = @Schema(implementation = EnrolmentResponse.class)))
    @APIResponse(responseCode = "400", description = "validation-failed: endDate missing, before the start or after an end "
            + "recorded at enrolment; invalid-parameter: the id is not a UUID",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an officer or coordinator, or the token names no organisation",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "enrolment-not-found: none of the caller's organisation",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "enrolment-already-ended", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "412", description = "stale-version: If-Match names an older version", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "428", description = "if-match-required: no If-Match header", content = @Content(mediaType = "application/problem+json"))
    public Response end(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @Valid @NotNull EnrolmentEndRequest request) {
        Enrolment enrolment = enrolments.end(caller.actor(), id, ifMatch, request.endDate());
        return Response.ok(EnrolmentResponse.of(enrolment)).tag(EntityTags.of(enrolment.version)).build();
    }
}
