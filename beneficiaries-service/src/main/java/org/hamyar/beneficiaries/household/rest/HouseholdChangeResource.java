package org.hamyar.beneficiaries.household.rest;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.security.Caller;
import org.hamyar.api.security.Roles;
import org.hamyar.api.validation.RequestValidation;
import org.hamyar.api.validation.Violations;
import org.hamyar.beneficiaries.household.Relation;
import org.hamyar.beneficiaries.household.service.HouseholdChanges;
import org.hamyar.beneficiaries.person.mapping.PersonMapper;
import org.hamyar.beneficiaries.rest.ApiExamples;

/**
 * Changes of a household's people (docs/product.md §4 "Households"): a member joins (moving from
 * any household they belonged to), a member leaves or died, a new head; and the household's
 * history. Each changes the caller's own version, with the ETag it last read in If-Match.
 */
@Path("/api/households/{id}")
@Tag(name = "Households")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HouseholdChangeResource {

    private final HouseholdChanges changes;
    private final Caller caller;
    private final RequestValidation validation;

    HouseholdChangeResource(HouseholdChanges changes, Caller caller, RequestValidation validation) {
        this.changes = changes;
        this.caller = caller;
        this.validation = validation;
    }

    @POST
    @Path("members")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR})
    @Operation(operationId = "addHouseholdMember", summary = "A person joins the household (If-Match)",
            description = "Registers the person for the caller's organisation when it had not, adds them to its version of "
                    + "the household, and makes them a member in the network: a person belongs to one household at a time, "
                    + "so one who belonged to another household moves here, with history. Nothing in the answer tells "
                    + "whether they belonged to a household of another agency.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "a spouse joins", value = ApiExamples.MEMBER)))
    @APIResponse(responseCode = "200", description = "The caller's version as changed; its new version in the ETag header",
            content = @Content(schema = @Schema(implementation = HouseholdResponse.class)))
    @APIResponse(responseCode = "400", description = "validation-failed (every invalid field) or invalid-parameter (the id)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, no organisation in the token, or not-your-version",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "not your version", value = ApiExamples.NOT_YOUR_VERSION)))
    @APIResponse(responseCode = "404", description = "No such household, or not one the caller may see",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "household-change-refused: the person heads this household",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "refused", value = ApiExamples.HOUSEHOLD_CHANGE_REFUSED)))
    @APIResponse(responseCode = "412", description = "stale-version: If-Match names an older version",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "stale", value = ApiExamples.STALE_VERSION)))
    @APIResponse(responseCode = "428", description = "if-match-required: no If-Match header",
            content = @Content(mediaType = "application/problem+json"))
    public Response join(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @Valid @NotNull MemberRequest request) {
        return HouseholdResource.tagged(changes.join(caller.actor(), id, ifMatch, PersonMapper.details(request.person()),
                request.relation()));
    }

    @POST
    @Path("members/{personId}/departure")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR})
    @Operation(operationId = "recordHouseholdDeparture", summary = "A member leaves the household for none, or died (If-Match)",
            description = "Takes the member out of the caller's version and ends their membership, kept in the history. "
                    + "The head leaves by a new head (POST /api/households/{id}/head).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "died", value = ApiExamples.DEPARTURE)))
    @APIResponse(responseCode = "200", description = "The caller's version as changed; its new version in the ETag header",
            content = @Content(schema = @Schema(implementation = HouseholdResponse.class)))
    @APIResponse(responseCode = "400", description = "validation-failed or invalid-parameter (id, personId)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, no organisation in the token, or not-your-version",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such household, or not one the caller may see",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "household-change-refused: the person is the head",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "refused", value = ApiExamples.HOUSEHOLD_CHANGE_REFUSED)))
    @APIResponse(responseCode = "412", description = "stale-version", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "person-not-in-household: the caller's version does not list the person",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "428", description = "if-match-required", content = @Content(mediaType = "application/problem+json"))
    public Response leave(@PathParam("id") UUID id, @PathParam("personId") UUID personId,
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull DepartureRequest request) {
        return HouseholdResource.tagged(changes.leave(caller.actor(), id, personId, ifMatch, request.reason()));
    }

    @POST
    @Path("head")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR})
    @Operation(operationId = "replaceHouseholdHead", summary = "Another member becomes head (If-Match)",
            description = "The head died, left, or hands over: the former head stays with a relation to the new head, or "
                    + "leaves; every other member of the caller's version is given their relation to the new head. The "
                    + "history keeps each former relation.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "the head died", value = ApiExamples.HEAD_CHANGE)))
    @APIResponse(responseCode = "200", description = "The caller's version as changed; its new version in the ETag header",
            content = @Content(schema = @Schema(implementation = HouseholdResponse.class)))
    @APIResponse(responseCode = "400", description = "validation-failed: formerHeadRelation missing for STAYS, a person "
            + "named twice in relations; invalid-parameter (the id)", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, no organisation in the token, or not-your-version",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such household, or not one the caller may see",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "household-change-refused: relations do not name exactly the other members",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "refused", value = ApiExamples.HOUSEHOLD_CHANGE_REFUSED)))
    @APIResponse(responseCode = "412", description = "stale-version", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "person-not-in-household: the new head is not a member of the caller's version",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "428", description = "if-match-required", content = @Content(mediaType = "application/problem+json"))
    public Response replaceHead(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @NotNull HeadChangeRequest request) {
        Violations rules = new Violations()
                .when(request.formerHead() == HouseholdChanges.FormerHead.STAYS && request.formerHeadRelation() == null,
                        "formerHeadRelation", "household.former-head-relation-required");
        Map<UUID, Relation> relations = new LinkedHashMap<>();
        Set<UUID> seen = new HashSet<>();
        List<HeadChangeRequest.MemberRelation> given = request.relations() == null ? List.of() : request.relations();
        for (int i = 0; i < given.size(); i++) {
            HeadChangeRequest.MemberRelation r = given.get(i);
            if (r == null || r.personId() == null) {
                continue;
            }
            rules.when(!seen.add(r.personId()) || r.personId().equals(request.personId()),
                    "relations[" + i + "].personId", "household.relation-repeated");
            relations.put(r.personId(), r.relation());
        }
        validation.require(validation.shape(request), rules.list());
        return HouseholdResource.tagged(changes.replaceHead(caller.actor(), id, ifMatch, new HouseholdChanges.HeadChange(
                request.personId(), request.formerHead(), request.formerHeadRelation(), relations)));
    }

    @GET
    @Path("history")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(operationId = "getHouseholdHistory", summary = "Who belonged to the household, and when",
            description = "For those who may see the household: the stretches of its members, oldest first, that the "
                    + "caller's organisation, its data-sharing partners or the sender of a referral it accepted recorded (an auditor: all). Where a person came "
                    + "from or went is never shown; an end recorded by an agency the caller may not see is not shown. "
                    + "A read of another organisation's household is logged.")
    @APIResponse(responseCode = "200", description = "A page of the history",
            content = @Content(examples = @ExampleObject(name = "the head died", value = ApiExamples.HISTORY)))
    @APIResponse(responseCode = "400", description = "invalid-parameter: id, page or size", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, or an officer's or coordinator's token names no organisation",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such household, or not one the caller may see",
            content = @Content(mediaType = "application/problem+json"))
    public Page<HistoryEntryResponse> history(@PathParam("id") UUID id, @QueryParam("page") Integer page,
                                              @QueryParam("size") Integer size) {
        return changes.history(caller.actor(), id, PageRequest.of(page, size)).map(e -> new HistoryEntryResponse(
                e.stretch().personId, e.stretch().head, e.stretch().relation, e.stretch().validFrom,
                e.endShown() ? e.stretch().validTo : null, e.endShown() ? e.stretch().endReason : null,
                e.stretch().startedByOrganizationId, e.endShown() ? e.stretch().endedByOrganizationId : null));
    }
}
