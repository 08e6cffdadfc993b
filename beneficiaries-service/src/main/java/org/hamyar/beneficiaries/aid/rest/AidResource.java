package org.hamyar.beneficiaries.aid.rest;

import java.net.URI;
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
import org.hamyar.api.idempotency.Idempotent;
import org.hamyar.api.problem.ProblemTexts;
import org.hamyar.api.security.Caller;
import org.hamyar.api.security.Roles;
import org.hamyar.api.validation.RequestValidation;
import org.hamyar.beneficiaries.aid.AidProblems;
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
            description = "Checks the overlap rules of docs/product.md §4 with the household locked. Blocked overlaps answer 409 "
                    + "listing the conflicts; other overlaps are recorded with warnings and published as OverlapDetected.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "food basket", value = ApiExamples.AID)))
    @APIResponse(responseCode = "201", description = "Recorded; warnings lists overlaps recorded with a warning",
            content = @Content(schema = @Schema(implementation = AidResponse.class)))
    @APIResponse(responseCode = "400", description = "validation-failed: every invalid field, e.g. personId missing for personal aid",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, the token names no organisation, or providerOrganizationId is another organisation")
    @APIResponse(responseCode = "404", description = "No household the caller's organisation serves or sees",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "overlap-blocked: the conflicts are listed",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "blocked", value = ApiExamples.OVERLAP_BLOCKED)))
    @APIResponse(responseCode = "422", description = "person-not-in-household: personId is not in the household",
            content = @Content(mediaType = "application/problem+json"))
    public Response grant(@NotNull AidRequest request,
                          @Parameter(description = "The language of the conflicts' messages: fa or en")
                          @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        validation.require(validation.shape(request), AidRules.check(request));
        Locale locale = ProblemTexts.locale(acceptLanguage);
        return switch (aid.grant(caller.actor(), AidMapper.order(request))) {
            case AidService.Granted granted -> Response.created(URI.create("/api/aid/" + granted.aid().id))
                    .entity(AidMapper.response(granted.aid(),
                            AidMapper.conflicts(granted.assessment().warnings(), locale)))
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
    @APIResponse(responseCode = "200", description = "The aid record",
            content = @Content(schema = @Schema(implementation = AidResponse.class)))
    @APIResponse(responseCode = "400", description = "invalid-parameter: the id is not a UUID",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, or an officer's or coordinator's token names no organisation")
    @APIResponse(responseCode = "404", description = "No such aid, or not one the caller may see",
            content = @Content(mediaType = "application/problem+json"))
    public AidResponse get(@PathParam("id") UUID id) {
        return aid.read(caller.actor(), id).map(a -> AidMapper.response(a, List.of()))
                .orElseThrow(() -> new AidProblems.AidNotFound(id));
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
