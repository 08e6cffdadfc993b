package org.hamyar.agreements.organization.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamyar.agreements.Submission;
import org.hamyar.agreements.organization.Organization;
import org.hamyar.agreements.organization.OrganizationDetails;
import org.hamyar.agreements.organization.OrganizationFilter;
import org.hamyar.agreements.organization.OrganizationLevel;
import org.hamyar.agreements.organization.OrganizationNotFound;
import org.hamyar.agreements.organization.OrganizationType;
import org.hamyar.agreements.organization.service.OrganizationService;
import org.hamyar.api.http.EntityTags;
import org.hamyar.api.idempotency.Idempotent;
import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.security.Caller;
import org.hamyar.api.security.Roles;
import org.hamyar.api.validation.RequestValidation;
import org.hamyar.standards.Province;

@Path("/api/organizations")
@Tag(name = "organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    private static final String EXAMPLE = """
            {"nameFa": "کمیته امداد امام خمینی (ره) استان قزوین",
             "nameEn": "Imam Khomeini Relief Committee, Qazvin province",
             "type": "RELIEF_COMMITTEE", "level": "PROVINCE", "provinceCode": "۲۶"}""";

    private final OrganizationService service;
    private final RequestValidation validation;
    private final Caller caller;

    OrganizationResource(OrganizationService service, RequestValidation validation, Caller caller) {
        this.service = service;
        this.validation = validation;
        this.caller = caller;
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "registerOrganization", summary = "Register an organisation (admin)",
            description = "Publishes OrganizationRegistered. Send an Idempotency-Key to retry safely.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "relief-committee-qazvin", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag headers",
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response register(OrganizationRequest details, @Context UriInfo uri) {
        Organization created = service.register(details(details));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(EntityTags.of(created.lockVersion()))
                .entity(OrganizationMapper.view(created))
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.DONOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getOrganization", summary = "An organisation, with its current grade; ETag header")
    @APIResponse(responseCode = "200", description = "The organisation; ETag header",
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") UUID id) {
        return ok(service.find(id).orElseThrow(() -> new OrganizationNotFound(id)));
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.DONOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listOrganizations", summary = "Organisations, filtered and paged",
            description = "q searches the Persian and English names after Persian normalisation: Arabic and Persian "
                    + "letter variants, zero-width non-joiners, diacritics and spacing do not matter.")
    @APIResponse(responseCode = "200", description = "A page with the total")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Page<OrganizationView> list(
            @QueryParam("type") OrganizationType type,
            @QueryParam("level") OrganizationLevel level,
            @Parameter(description = "Two-digit province code (any digit script, or IR-26)", example = "26",
                    schema = @Schema(type = SchemaType.STRING)) @QueryParam("province") Province province,
            @QueryParam("county") String county,
            @Parameter(description = "Parent organisation id") @QueryParam("parent") UUID parent,
            @Parameter(description = "Text search in both names", example = "كميته امداد") @QueryParam("q") String q,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return service.search(new OrganizationFilter(type, level, province, county, parent, q), PageRequest.of(page, size))
                .map(OrganizationMapper::view);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateOrganization", summary = "Update an organisation (admin, If-Match)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "relief-committee-qazvin", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Updated; the new ETag",
            content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, OrganizationRequest details) {
        return ok(service.update(id, ifMatch, details(details)));
    }

    @POST
    @Path("{id}/assessments")
    @Idempotent
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "assessOrganization", summary = "Record an NGO's capacity assessment",
            description = "The assessing organisation is the caller's. Only NGOs are graded (409 otherwise).")
    @APIResponse(responseCode = "201", description = "Recorded; Location is the history",
            content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response assess(@PathParam("id") UUID id, AssessmentRequest request, @Context UriInfo uri) {
        var assessment = service.assess(id, Submission.of(request, validation, AssessmentRequest::toGrading), caller.actor());
        // the history is where the new assessment can be read
        return Response.created(uri.getAbsolutePath()).entity(OrganizationMapper.view(assessment)).build();
    }

    @GET
    @Path("{id}/assessments")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.DONOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listAssessments", summary = "An organisation's assessments, latest first")
    @APIResponse(responseCode = "200", description = "The assessments, latest first",
            content = @Content(schema = @Schema(implementation = AssessmentView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<AssessmentView> assessments(@PathParam("id") UUID id) {
        return service.assessments(id).stream().map(OrganizationMapper::view).toList();
    }

    private Submission<OrganizationDetails> details(OrganizationRequest request) {
        return Submission.of(request, validation, OrganizationRequest::toDetails);
    }

    /** 200 with the organisation and its ETag. */
    private static Response ok(Organization organization) {
        return Response.ok(OrganizationMapper.view(organization)).tag(EntityTags.of(organization.lockVersion())).build();
    }
}
