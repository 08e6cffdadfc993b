package org.hamyar.agreements.agreement.rest;

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
import org.hamyar.agreements.agreement.AgreementCriteria;
import org.hamyar.agreements.agreement.AgreementSnapshot;
import org.hamyar.agreements.agreement.AgreementStatus;
import org.hamyar.agreements.agreement.AidCategory;
import org.hamyar.agreements.agreement.Terms;
import org.hamyar.agreements.agreement.service.AgreementService;
import org.hamyar.api.http.EntityTags;
import org.hamyar.api.idempotency.Idempotent;
import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.security.Caller;
import org.hamyar.api.security.Roles;
import org.hamyar.api.validation.RequestValidation;
import org.hamyar.standards.Province;

/**
 * Agreements (MoUs). Drafts are the parties' own (404 to anyone else); from signing on an
 * agreement is readable by every authenticated member of the network. Only the parties'
 * coordinators draft, edit, sign, amend ({@link AmendmentResource}) and terminate.
 */
@Path("/api/agreements")
@Tag(name = "agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgreementResource {

    static final String EXAMPLE = """
            {
              "title": "تفاهم‌نامه همکاری کمیته امداد امام خمینی (ره) و دفتر امور روستایی و شوراهای استانداری قزوین",
              "parties": [
                {"organizationId": "0a000000-0000-4000-8000-000000000005", "role": "IMPLEMENTER_AND_MONITOR"},
                {"organizationId": "0a000000-0000-4000-8000-000000000006", "role": "IMPLEMENTER"}
              ],
              "scope": {"provinces": ["۲۶"], "counties": [], "beneficiaryCategories": ["RURAL_POOR", "ORPHAN"],
                        "aidCategories": ["FOOD_BASKET", "RURAL_HOUSING_INSURANCE", "HOUSING"]},
              "effectiveFrom": "1397-09-26",
              "effectiveTo": "1405-12-29",
              "objectives": ["مدیریت یکپارچه ارائه خدمات حمایتی به نیازمندان، ایجاد هماهنگی و اجتناب از هم‌پوشانی"],
              "commitments": [
                {"organizationId": "0a000000-0000-4000-8000-000000000006",
                 "text": "همکاری در بیمه مسکن روستایی احداثی برای خانواده‌های نیازمند تحت حمایت",
                 "dueDate": "1405-12-29",
                 "target": {"indicator": "خانوار روستایی بیمه‌شده", "unit": "خانوار", "value": "۹۰۰"}}
              ],
              "committee": {"seats": [{"organizationId": "0a000000-0000-4000-8000-000000000005", "seats": 2},
                                      {"organizationId": "0a000000-0000-4000-8000-000000000006", "seats": 2}]},
              "monitoringOrganizationId": "0a000000-0000-4000-8000-000000000005",
              "coordination": {"dataSharing": true, "rules": [{"aidCategory": "FOOD_BASKET", "mode": "BLOCK"}]},
              "calendar": [{"title": "جشن نیکوکاری", "kind": "FESTIVAL", "startDate": "1405-12-15", "endDate": "1405-12-20"}]
            }""";

    private final AgreementService service;
    private final RequestValidation validation;
    private final Caller caller;

    AgreementResource(AgreementService service, RequestValidation validation, Caller caller) {
        this.service = service;
        this.validation = validation;
        this.caller = caller;
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "createAgreement", summary = "Draft an agreement (a coordinator of one of its parties)",
            description = "Every date may be ISO or Jalali, every number may use Persian digits. All broken fields are "
                    + "named in one 400. Send an Idempotency-Key to retry safely.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "seed-002-qazvin", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The draft; Location and ETag headers",
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response create(TermsBody terms, @Context UriInfo uri) {
        AgreementSnapshot created = service.create(terms(terms), caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(EntityTags.of(created.lockVersion())).entity(AgreementMapper.view(created)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.DONOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getAgreement", summary = "An agreement; ETag header",
            description = "A draft is visible to its parties' staff, auditors and admins only (404 to others).")
    @APIResponse(responseCode = "200", description = "The agreement; ETag header",
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") UUID id) {
        return ok(service.get(id, caller.actor()));
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.DONOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listAgreements", summary = "Agreements, filtered and paged, newest first",
            description = "Drafts appear only to their parties, auditors and admins.")
    @APIResponse(responseCode = "200", description = "A page with the total")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Page<AgreementSummary> list(
            @QueryParam("status") AgreementStatus status,
            @Parameter(description = "An organisation that is a party") @QueryParam("party") UUID party,
            @Parameter(description = "Two-digit province code (any digit script, or IR-26)", example = "26",
                    schema = @Schema(type = SchemaType.STRING)) @QueryParam("province") Province province,
            @QueryParam("aidCategory") AidCategory aidCategory,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return service.list(new AgreementCriteria(status, party, province, aidCategory), PageRequest.of(page, size),
                caller.actor()).map(AgreementMapper::summary);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "editAgreement", summary = "Replace a draft's text (a party's coordinator, If-Match)",
            description = "Only a DRAFT is edited (409 otherwise). Signatures given to the old text are cleared. "
                    + "Give the id of a commitment, nomination rule or calendar entry to keep it.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "seed-002-qazvin", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The edited draft; the new ETag",
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response edit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, TermsBody terms) {
        return ok(service.edit(id, ifMatch, terms(terms), caller.actor()));
    }

    @POST
    @Path("{id}/signatures")
    @Idempotent
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "signAgreement", summary = "Sign for the caller's organisation",
            description = "Once per party (409 the second time). With the last signature the agreement is SIGNED, and "
                    + "ACTIVE at once when its effective date has come (AgreementSigned, then AgreementActivated).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "relief-committee", value = """
            {"signatoryName": "مجید مؤمنی", "signatoryTitle": "مدیرکل کمیته امداد امام خمینی (ره) استان قزوین"}""")))
    @APIResponse(responseCode = "201", description = "Signed; the agreement as it now stands",
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response sign(@PathParam("id") UUID id, SignatureRequest request, @Context UriInfo uri) {
        AgreementSnapshot signed = service.sign(id, Submission.of(request, validation, SignatureRequest::toSignature),
                caller.actor());
        return Response.created(agreementUri(uri, id)).tag(EntityTags.of(signed.lockVersion()))
                .entity(AgreementMapper.view(signed)).build();
    }

    @POST
    @Path("{id}/termination")
    @Idempotent
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "terminateAgreement", summary = "Terminate a signed or active agreement, with a reason",
            description = "Without effectiveOn, or with a day already come, it ends now (AgreementTerminated); a later "
                    + "day is carried out by the lifecycle job on that day.")
    @APIResponse(responseCode = "200", description = "The agreement, terminated or to end on effectiveOn; the new ETag",
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response terminate(@PathParam("id") UUID id, TerminationRequest request) {
        return ok(service.terminate(id, Submission.of(request, validation, TerminationRequest::toTermination),
                caller.actor()));
    }

    @GET
    @Path("{id}/versions")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.DONOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listAgreementVersions", summary = "The versions of an agreement's text, oldest first")
    @APIResponse(responseCode = "200", description = "The versions without their text",
            content = @Content(schema = @Schema(implementation = VersionView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public List<VersionView> versions(@PathParam("id") UUID id) {
        return service.versions(id, caller.actor()).stream().map(AgreementMapper::version).toList();
    }

    @GET
    @Path("{id}/versions/{version}")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.DONOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getAgreementVersion", summary = "One version of an agreement's text")
    @APIResponse(responseCode = "200", description = "The version with its whole text",
            content = @Content(schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public VersionView version(@PathParam("id") UUID id, @PathParam("version") Integer version) {
        return AgreementMapper.version(service.version(id, version, caller.actor()));
    }

    private Submission<Terms> terms(TermsBody body) {
        return Submission.of(body, validation, TermsMapper::toDomain);
    }

    /** 200 with the agreement and its ETag. */
    private static Response ok(AgreementSnapshot agreement) {
        return Response.ok(AgreementMapper.view(agreement)).tag(EntityTags.of(agreement.lockVersion())).build();
    }

    private static java.net.URI agreementUri(UriInfo uri, UUID id) {
        return uri.getBaseUriBuilder().path("api/agreements").path(id.toString()).build();
    }
}
