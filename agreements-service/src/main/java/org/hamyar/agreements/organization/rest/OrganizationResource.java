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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamyar.agreements.organization.OrganizationDetails;
import org.hamyar.agreements.organization.OrganizationLevel;
import org.hamyar.agreements.organization.OrganizationNotFound;
import org.hamyar.agreements.organization.OrganizationType;
import org.hamyar.agreements.organization.repository.OrganizationRepository;
import org.hamyar.agreements.organization.service.OrganizationService;
import org.hamyar.agreements.validation.QueryParameters;
import org.hamyar.api.http.EntityTags;
import org.hamyar.api.idempotency.Idempotent;
import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.security.Caller;
import org.hamyar.api.security.Roles;

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
    private final Caller caller;

    OrganizationResource(OrganizationService service, Caller caller) {
        this.service = service;
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
    public Response register(OrganizationDetails details, @Context UriInfo uri) {
        OrganizationView created = service.register(details);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(EntityTags.of(created.version()))
                .entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.DONOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getOrganization", summary = "An organisation, with its current grade; ETag header")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OrganizationView.class)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") UUID id) {
        OrganizationView organization = service.find(id).orElseThrow(() -> new OrganizationNotFound(id));
        return Response.ok(organization).tag(EntityTags.of(organization.version())).build();
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
            @Parameter(schema = @Schema(implementation = OrganizationType.class)) @QueryParam("type") String type,
            @Parameter(schema = @Schema(implementation = OrganizationLevel.class)) @QueryParam("level") String level,
            @Parameter(description = "Two-digit province code", example = "26") @QueryParam("province") String province,
            @QueryParam("county") String county,
            @Parameter(description = "Parent organisation id") @QueryParam("parent") String parent,
            @Parameter(description = "Text search in both names", example = "كميته امداد") @QueryParam("q") String q,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        var filter = new OrganizationRepository.Filter(
                QueryParameters.enumValue("type", type, OrganizationType.class),
                QueryParameters.enumValue("level", level, OrganizationLevel.class),
                QueryParameters.province("province", province),
                county == null || county.isBlank() ? null : county,
                QueryParameters.uuid("parent", parent),
                q);
        return service.search(filter, PageRequest.of(page, size));
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
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, OrganizationDetails details) {
        OrganizationView updated = service.update(id, ifMatch, details);
        return Response.ok(updated).tag(EntityTags.of(updated.version())).build();
    }

    @POST
    @Path("{id}/assessments")
    @Idempotent
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "assessOrganization", summary = "Record an NGO's capacity assessment",
            description = "The assessing organisation is the caller's. Only NGOs are graded (409 otherwise).")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response assess(@PathParam("id") UUID id, AssessmentRequest request, @Context UriInfo uri) {
        AssessmentView assessment = service.assess(id, request, caller.organizationId(), caller.username());
        // the history is where the new assessment can be read
        return Response.created(uri.getAbsolutePath()).entity(assessment).build();
    }

    @GET
    @Path("{id}/assessments")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.DONOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listAssessments", summary = "An organisation's assessments, latest first")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<AssessmentView> assessments(@PathParam("id") UUID id) {
        return service.assessments(id);
    }
}
