package org.hamyar.beneficiaries.household.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamyar.api.idempotency.Idempotent;
import org.hamyar.api.security.Caller;
import org.hamyar.api.security.Roles;
import org.hamyar.api.validation.RequestValidation;
import org.hamyar.beneficiaries.household.HouseholdNotFound;
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

    HouseholdResource(HouseholdService households, Caller caller, RequestValidation validation) {
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
    @APIResponse(responseCode = "200", description = "The household with its people",
            content = @Content(schema = @Schema(implementation = HouseholdResponse.class)))
    @APIResponse(responseCode = "400", description = "invalid-parameter: the id is not a UUID",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, or an officer's or coordinator's token names no organisation")
    @APIResponse(responseCode = "404", description = "No such household, or not one the caller may see",
            content = @Content(mediaType = "application/problem+json"))
    public HouseholdResponse get(@PathParam("id") UUID id) {
        return households.read(caller.actor(), id).map(HouseholdMapper::response)
                .orElseThrow(() -> new HouseholdNotFound(id));
    }
}
