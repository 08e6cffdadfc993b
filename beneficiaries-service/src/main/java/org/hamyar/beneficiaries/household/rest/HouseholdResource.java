package org.hamyar.beneficiaries.household.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamyar.api.http.EntityTags;
import org.hamyar.api.idempotency.Idempotent;
import org.hamyar.api.security.Caller;
import org.hamyar.api.security.Roles;
import org.hamyar.api.validation.RequestValidation;
import org.hamyar.beneficiaries.household.HouseholdNotFound;
import org.hamyar.beneficiaries.household.HouseholdView;
import org.hamyar.beneficiaries.household.service.HouseholdChanges;
import org.hamyar.beneficiaries.person.mapping.PersonMapper;
import org.hamyar.beneficiaries.household.mapping.HouseholdMapper;
import org.hamyar.beneficiaries.household.service.HouseholdService;
import org.hamyar.beneficiaries.rest.ApiExamples;

@Path("/api/households")
@Tag(name = "Households", description = "Households: a head, members and an address")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HouseholdResource {

    private final HouseholdService households;
    private final Caller caller;
    private final RequestValidation validation;
    private final HouseholdChanges changes;

    HouseholdResource(HouseholdService households, Caller caller, RequestValidation validation, HouseholdChanges changes) {
        this.changes = changes;
        this.households = households;
        this.caller = caller;
        this.validation = validation;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR})
    @Operation(operationId = "registerHousehold", summary = "Register a household for the caller's organisation",
            description = "Keeps the caller's version of the household (address, members, enrolment) and of each person. "
                    + "A head who already heads a household links the same household (same id, one overlap check across "
                    + "agencies) but the answer holds only what the caller submitted, 201 as for a new household: nothing "
                    + "tells whether another organisation registered it. 200 only when the caller's organisation "
                    + "registered the household before: its version, unchanged.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "rural household", value = ApiExamples.HOUSEHOLD)))
    @APIResponse(responseCode = "201", description = "Registered for the caller's organisation (its first registration of the household)", content = @Content(schema = @Schema(implementation = HouseholdResponse.class)))
    @APIResponse(responseCode = "200", description = "The caller's organisation registered this household before: its version",
            content = @Content(schema = @Schema(implementation = HouseholdResponse.class)))
    @APIResponse(responseCode = "400", description = "validation-failed: every invalid field (e.g. head.nationalCode, or a "
            + "national code that appears twice in the household), named in errors[].field",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "invalid national code", value = ApiExamples.INVALID_NATIONAL_CODE)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an officer or coordinator, or the token names no organisation")
    public Response register(@NotNull HouseholdRequest request) {
        validation.require(validation.shape(request), HouseholdRules.check(request));
        HouseholdService.Registration registration = households.register(caller.actor(), HouseholdMapper.details(request));
        HouseholdResponse body = HouseholdMapper.response(registration.household());
        return registration.created()
                ? Response.created(URI.create("/api/households/" + body.id())).entity(body).build()
                : Response.ok(body).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(operationId = "getHousehold", summary = "A household the caller's organisation may see",
            description = "The caller's own version when it registered the household; otherwise the version of an "
                    + "organisation an ACTIVE agreement with data sharing joins it to (an auditor: the first registration); "
                    + "otherwise 404. Every read of another organisation's version is logged per person shown.")
    @APIResponse(responseCode = "200", description = "The household with its people; the version shown in the ETag header",
            content = @Content(schema = @Schema(implementation = HouseholdResponse.class)))
    @APIResponse(responseCode = "400", description = "invalid-parameter: the id is not a UUID",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, or an officer's or coordinator's token names no organisation")
    @APIResponse(responseCode = "404", description = "No such household, or not one the caller may see",
            content = @Content(mediaType = "application/problem+json"))
    public Response get(@PathParam("id") UUID id) {
        return households.read(caller.actor(), id).map(HouseholdResource::tagged)
                .orElseThrow(() -> new HouseholdNotFound(id));
    }

    // issue 7, households part: corrections of the caller's version
    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR})
    @Operation(operationId = "updateHousehold", summary = "Replace the caller's version of a household's address and enrolment (If-Match)",
            description = "Only the caller's own version changes; other organisations' versions are untouched. Send the ETag "
                    + "of GET /api/households/{id} in If-Match. The organisation that registered the household first also "
                    + "moves the household's place, where its later aid is counted. A data-sharing partner may read "
                    + "another organisation's version but not change it (403 not-your-version).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "moved village", value = ApiExamples.HOUSEHOLD_UPDATE)))
    @APIResponse(responseCode = "200", description = "The caller's version as changed; its new version in the ETag header",
            content = @Content(schema = @Schema(implementation = HouseholdResponse.class)))
    @APIResponse(responseCode = "400", description = "validation-failed (every invalid field) or invalid-parameter (the id)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, no organisation in the token, or not-your-version",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "not your version", value = ApiExamples.NOT_YOUR_VERSION)))
    @APIResponse(responseCode = "404", description = "No such household, or not one the caller may see",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "412", description = "stale-version: If-Match names an older version",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "stale", value = ApiExamples.STALE_VERSION)))
    @APIResponse(responseCode = "428", description = "if-match-required: no If-Match header",
            content = @Content(mediaType = "application/problem+json"))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull HouseholdUpdateRequest request) {
        return tagged(changes.update(caller.actor(), id, ifMatch, PersonMapper.address(request.address()),
                request.enrolmentCategory()));
    }

    /** The household with the version shown in the ETag header: what If-Match of a change names. */
    public static Response tagged(HouseholdView view) {
        return Response.ok(HouseholdMapper.response(view)).tag(EntityTags.of(view.record().version)).build();
    }
}
