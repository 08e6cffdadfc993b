package org.hamyar.beneficiaries.aid.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamyar.api.problem.ProblemTexts;
import org.hamyar.api.security.Caller;
import org.hamyar.api.security.Roles;
import org.hamyar.api.validation.RequestValidation;
import org.hamyar.beneficiaries.aid.mapping.AidMapper;
import org.hamyar.beneficiaries.aid.service.AidService;
import org.hamyar.beneficiaries.overlap.OverlapAssessment;
import org.hamyar.beneficiaries.rest.ApiExamples;

@Path("/api/aid-checks")
@Tag(name = "Aid", description = "Aid records under the network's overlap rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AidCheckResource {

    private final AidService aid;
    private final Caller caller;
    private final RequestValidation validation;

    AidCheckResource(AidService aid, Caller caller, RequestValidation validation) {
        this.aid = aid;
        this.caller = caller;
        this.validation = validation;
    }

    @POST
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR})
    @Operation(operationId = "checkAid", summary = "Dry run: would this aid be blocked, warned or clear?",
            description = "Answers what POST /api/aid would answer now, recording nothing.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "food basket", value = ApiExamples.AID)))
    @APIResponse(responseCode = "200", description = "What a grant would give now",
            content = @Content(schema = @Schema(implementation = AidCheckResponse.class)))
    @APIResponse(responseCode = "400", description = "validation-failed: every invalid field, e.g. personId missing for personal aid",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, or the token names no organisation")
    @APIResponse(responseCode = "404", description = "No household (or, without householdId, no person) the caller's organisation serves or sees",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "person-not-in-household: personId is not in the household; person-without-address; agreement-not-applicable",
            content = @Content(mediaType = "application/problem+json"))
    public AidCheckResponse check(@NotNull AidRequest request,
                                  @Parameter(description = "The language of the conflicts' messages: fa or en")
                                  @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        validation.require(validation.shape(request), AidRules.check(request));
        OverlapAssessment assessment = aid.check(caller.actor(), AidMapper.order(request));
        return new AidCheckResponse(assessment.blocked(),
                AidMapper.conflicts(assessment.conflicts(), ProblemTexts.locale(acceptLanguage)));
    }
}
