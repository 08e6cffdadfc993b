package org.hamyar.beneficiaries.aid.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamyar.api.security.Caller;
import org.hamyar.api.security.Roles;
import org.hamyar.api.validation.RequestValidation;
import org.hamyar.api.validation.Violations;
import org.hamyar.beneficiaries.aid.service.HashCheckService;
import org.hamyar.beneficiaries.rest.ApiExamples;

/**
 * A partner system's question by the person's keyed hash (docs/product.md §4). A POST, though it
 * changes nothing, so that the hash travels in the body and not in URLs that proxies and access
 * logs keep.
 */
@Path("/api/aid-checks/by-hash")
@Tag(name = "Aid", description = "Aid records under the network's overlap rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HashCheckResource {

    private final HashCheckService checks;
    private final Caller caller;
    private final RequestValidation validation;

    HashCheckResource(HashCheckService checks, Caller caller, RequestValidation validation) {
        this.checks = checks;
        this.caller = caller;
        this.validation = validation;
    }

    @POST
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(operationId = "checkAidByPersonHash", summary = "Has this person received this aid? Asked by the keyed hash alone",
            description = "For a partner's system that knows a person only by the network's keyed hash (as events carry it). "
                    + "received answers for the whole network, like an overlap check; records lists only the caller's own aid "
                    + "and its ACTIVE data-sharing partners' aid to households it may see — never who else gave it. A hash "
                    + "the network does not know answers exactly as a person who received nothing. Household aid counts "
                    + "for everyone of the household; personal aid (HEALTH_INSURANCE, DOWRY, EDUCATION_SUPPORT) for the "
                    + "person it names. Revoked aid does not count. Shared records of households the caller did not register "
                    + "are logged reads. The gateway's rate limits apply per client.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "food basket in 1404", value = ApiExamples.HASH_CHECK)))
    @APIResponse(responseCode = "200", description = "The answer",
            content = @Content(schema = @Schema(implementation = HashCheckResponse.class),
                    examples = {@ExampleObject(name = "yes, own aid", value = ApiExamples.HASH_CHECK_OWN),
                            @ExampleObject(name = "yes, another agency", value = ApiExamples.HASH_CHECK_ANOTHER),
                            @ExampleObject(name = "no (or an unknown hash)", value = ApiExamples.HASH_CHECK_NO)}))
    @APIResponse(responseCode = "400", description = "validation-failed: personHash not 64 hex digits, category missing, to before from; "
            + "invalid-body: an unknown category or an impossible date",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, or an officer's or coordinator's token names no organisation",
            content = @Content(mediaType = "application/problem+json"))
    public HashCheckResponse check(HashCheckRequest request) {
        validation.require(validation.shape(request), request == null ? java.util.List.of() : new Violations()
                .when(request.from() != null && request.to() != null && request.to().isBefore(request.from()),
                        "to", "aid.period-to-before-from")
                .list());
        HashCheckService.Answer answer = checks.check(caller.actor(), request.personHash(), request.category(),
                request.from(), request.to());
        return new HashCheckResponse(answer.received(), answer.visible().stream()
                .map(a -> new HashCheckResponse.Record(a.id, a.providerOrganizationId,
                        caller.actor().belongsTo(a.providerOrganizationId), a.category, a.periodStart, a.periodEnd, a.status))
                .toList());
    }
}
