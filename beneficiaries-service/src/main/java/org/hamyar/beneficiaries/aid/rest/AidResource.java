package org.hamyar.beneficiaries.aid.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
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
import org.hamyar.api.params.ConventionsParamConverters;
import org.hamyar.api.problem.ProblemTexts;
import org.hamyar.api.security.Caller;
import org.hamyar.api.security.Roles;
import org.hamyar.api.validation.RequestValidation;
import org.hamyar.beneficiaries.aid.Aid;
import org.hamyar.beneficiaries.aid.AidCategory;
import org.hamyar.beneficiaries.aid.AidProblems;
import org.hamyar.beneficiaries.aid.AidStatus;
import org.hamyar.beneficiaries.aid.repository.AidRepository;
import org.hamyar.beneficiaries.aid.mapping.AidMapper;
import org.hamyar.beneficiaries.aid.service.AidService;
import org.hamyar.beneficiaries.rest.ApiExamples;

@Path("/api/aid")
@Tag(name = "Aid", description = "Aid records under the network's overlap rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AidResource {

    private final AidService aid;
    private final Caller caller;
    private final RequestValidation validation;

    AidResource(AidService aid, Caller caller, RequestValidation validation) {
        this.aid = aid;
        this.caller = caller;
        this.validation = validation;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR})
    @Operation(operationId = "grantAid", summary = "Record aid given by the caller's organisation",
            description = "Checks the overlap rules of docs/product.md §4 with the household (and the households its members "
                    + "came from) locked; household rules count the aid of those households given while the member belonged "
                    + "to them. Without householdId the aid goes to a person outside any household (personId). Blocked overlaps answer 409 "
                    + "listing the conflicts; other overlaps are recorded with warnings and published as OverlapDetected. "
                    + "A coordinator records blocked aid anyway with overrideJustification: 201 with overrideId, the override "
                    + "kept in the audit log (GET /api/overlap-overrides) and published as OverlapOverridden.")
    @RequestBody(content = @Content(examples = {@ExampleObject(name = "food basket", value = ApiExamples.AID),
            @ExampleObject(name = "dowry to a person outside any household", value = ApiExamples.PERSON_AID)}))
    @APIResponse(responseCode = "201", description = "Recorded; warnings lists overlaps recorded with a warning",
            content = @Content(schema = @Schema(implementation = AidResponse.class)))
    @APIResponse(responseCode = "400", description = "validation-failed: every invalid field, e.g. personId missing for personal aid",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, the token names no organisation, providerOrganizationId is another organisation, "
            + "or override-not-allowed: an officer sent overrideJustification for a blocked overlap",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No household (or, without householdId, no person) the caller's organisation serves or sees",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "overlap-blocked: the conflicts are listed",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "blocked", value = ApiExamples.OVERLAP_BLOCKED)))
    @APIResponse(responseCode = "422", description = "person-not-in-household: personId is not in the household; "
            + "person-without-address: aid to a person outside any household, whose versions the caller may see give no address; "
            + "agreement-not-applicable",
            content = @Content(mediaType = "application/problem+json"))
    public Response grant(@NotNull AidRequest request,
                          @Parameter(description = "The language of the conflicts' messages: fa or en")
                          @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        validation.require(validation.shape(request), AidRules.check(request));
        Locale locale = ProblemTexts.locale(acceptLanguage);
        return switch (aid.grant(caller.actor(), AidMapper.order(request))) {
            case AidService.Granted granted -> Response.created(URI.create("/api/aid/" + granted.aid().id))
                    .entity(AidMapper.response(granted.aid(), AidMapper.conflicts(granted.reported(), locale),
                            granted.override() == null ? null : granted.override().id))
                    .build();
            case AidService.Blocked blocked ->
                    throw new AidProblems.OverlapBlocked(AidMapper.conflicts(blocked.assessment().conflicts(), locale));
        };
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(operationId = "getAid", summary = "An aid record the caller may see",
            description = "Visible to its provider, to organisations sharing data with the provider that see the household, and to auditors.")
    @APIResponse(responseCode = "200", description = "The aid record; its version in the ETag header",
            content = @Content(schema = @Schema(implementation = AidResponse.class)))
    @APIResponse(responseCode = "400", description = "invalid-parameter: the id is not a UUID",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, or an officer's or coordinator's token names no organisation")
    @APIResponse(responseCode = "404", description = "No such aid, or not one the caller may see",
            content = @Content(mediaType = "application/problem+json"))
    public Response get(@PathParam("id") UUID id) {
        return aid.read(caller.actor(), id).map(AidResource::tagged)
                .orElseThrow(() -> new AidProblems.AidNotFound(id));
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(operationId = "listAid", summary = "Aid the caller may see, filtered, newest period first",
            description = "The caller's organisation's aid and its data-sharing partners' aid to households one of them "
                    + "registered; auditors see the network. from/to select aid whose period meets [from, to]; householdId "
                    + "and personId give a household's or a person's view.")
    @APIResponse(responseCode = "200", description = "A page of aid records")
    @APIResponse(responseCode = "400", description = "invalid-parameter: every bad parameter (category, provider, from, to "
            + "before from, status, householdId, personId, page, size)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, or an officer's or coordinator's token names no organisation",
            content = @Content(mediaType = "application/problem+json"))
    public Page<AidResponse> list(@QueryParam("category") AidCategory category,
                                  @Parameter(description = "The provider organisation") @QueryParam("provider") UUID provider,
                                  @Parameter(description = "ISO or Jalali date") @QueryParam("from") LocalDate from,
                                  @Parameter(description = "ISO or Jalali date, not before from") @QueryParam("to") LocalDate to,
                                  @QueryParam("status") AidStatus status,
                                  @QueryParam("householdId") UUID householdId,
                                  @QueryParam("personId") UUID personId,
                                  @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ConventionsParamConverters.invalid("to", "{aid.period-to-before-from}");
        }
        return aid.list(caller.actor(), new AidRepository.Filter(category, provider, from, to, status, householdId, personId),
                PageRequest.of(page, size)).map(a -> AidMapper.response(a, List.of()));
    }

    @POST
    @Path("{id}/delivery")
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR})
    @Operation(operationId = "deliverAid", summary = "PLANNED aid was delivered (If-Match)",
            description = "The provider marks its PLANNED aid DELIVERED, sending the ETag it last read in If-Match.")
    @APIResponse(responseCode = "200", description = "Delivered; the new ETag in the header",
            content = @Content(schema = @Schema(implementation = AidResponse.class)))
    @APIResponse(responseCode = "400", description = "invalid-parameter: the id is not a UUID",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, the token names no organisation, or another organisation gave the aid",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such aid the caller may see", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "aid-not-planned: the aid is DELIVERED or REVOKED", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "412", description = "stale-version: If-Match names another version", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "428", description = "if-match-required: no If-Match header", content = @Content(mediaType = "application/problem+json"))
    public Response deliver(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(aid.deliver(caller.actor(), id, ifMatch));
    }

    private static Response tagged(Aid aid) {
        return Response.ok(AidMapper.response(aid, List.of())).tag(EntityTags.of(aid.version)).build();
    }

    @POST
    @Path("{id}/revocation")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR})
    @Operation(operationId = "revokeAid", summary = "Revoke aid the caller's organisation gave",
            description = "Revoked aid no longer counts as an overlap; AidRevoked is published.")
    @APIResponse(responseCode = "200", description = "Revoked", content = @Content(schema = @Schema(implementation = AidResponse.class)))
    @APIResponse(responseCode = "400", description = "validation-failed: no reason given; invalid-parameter: the id is not a UUID",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, the token names no organisation, or another organisation gave the aid")
    @APIResponse(responseCode = "404", description = "No such aid the caller may see", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "Already revoked", content = @Content(mediaType = "application/problem+json"))
    public AidResponse revoke(@PathParam("id") UUID id, @Valid @NotNull RevocationRequest request) {
        return AidMapper.response(aid.revoke(caller.actor(), id, request.reason()), List.of());
    }
}
