package org.hamyar.beneficiaries.referral.rest;

import java.net.URI;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamyar.api.http.EntityTags;
import org.hamyar.api.idempotency.Idempotent;
import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.security.Caller;
import org.hamyar.api.security.Roles;
import org.hamyar.api.validation.RequestValidation;
import org.hamyar.beneficiaries.referral.ReferralAction;
import org.hamyar.beneficiaries.referral.ReferralProblems;
import org.hamyar.beneficiaries.referral.ReferralStatus;
import org.hamyar.beneficiaries.referral.mapping.ReferralMapper;
import org.hamyar.beneficiaries.referral.repository.ReferralRepository;
import org.hamyar.beneficiaries.referral.service.ReferralService;
import org.hamyar.beneficiaries.rest.ApiExamples;

@Path("/api/referrals")
@Tag(name = "Referrals", description = "One organisation refers a family to another, with the person's consent")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralResource {

    private static final String STALE = "stale-version: If-Match names an older version (the current ETag in the answer)";
    private static final String IF_MATCH_REQUIRED = "if-match-required: no If-Match header";

    private final ReferralService referrals;
    private final Caller caller;
    private final RequestValidation validation;

    ReferralResource(ReferralService referrals, Caller caller, RequestValidation validation) {
        this.referrals = referrals;
        this.caller = caller;
        this.validation = validation;
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "sendReferral", summary = "Refer a person or household the caller's organisation registered to another organisation",
            description = "Needs the person's recorded consent (given: true, date, method): without it 422 consent-missing and "
                    + "nothing is written. The receiver sees the referral (ids, aid asked for, reason) at once, and the "
                    + "person's or household's record, as the sender registered it, only after accepting it. ReferralSent "
                    + "is published without the reason.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "rural family to the rural affairs office", value = ApiExamples.REFERRAL)))
    @APIResponse(responseCode = "201", description = "Sent; the ETag is its version",
            content = @Content(schema = @Schema(implementation = ReferralResponse.class)))
    @APIResponse(responseCode = "400", description = "validation-failed: every invalid field (both or neither of personId and "
            + "householdId, reason blank or over 1000 characters, a given consent without date or method, a consent date in the future)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a coordinator, or the token names no organisation",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "person-not-found / household-not-found: none the caller may see",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "consent-missing: no consent recorded; referral-receiver-unknown: the receiver "
            + "is the caller or no organisation the service knows; referral-needs-own-record: the caller sees the record only "
            + "through another organisation",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "no consent", value = ApiExamples.CONSENT_MISSING)))
    public Response send(@NotNull ReferralRequest request) {
        validation.require(validation.shape(request), ReferralRules.check(request));
        ReferralResponse body = ReferralMapper.response(referrals.send(caller.actor(), ReferralMapper.order(request)));
        return Response.created(URI.create("/api/referrals/" + body.id())).entity(body).tag(EntityTags.of(body.version()))
                .build();
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(operationId = "listReferrals", summary = "Referrals the caller's organisation sent or received, newest first",
            description = "role=SENT or RECEIVED narrows to one side; auditors see the network's.")
    @APIResponse(responseCode = "200", description = "A page of referrals with their histories")
    @APIResponse(responseCode = "400", description = "invalid-parameter: every bad parameter (role, status, personId, householdId, page, size)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, or an officer's or coordinator's token names no organisation",
            content = @Content(mediaType = "application/problem+json"))
    public Page<ReferralResponse> list(@Parameter(description = "SENT or RECEIVED") @QueryParam("role") ReferralRepository.Role role,
                                       @QueryParam("status") ReferralStatus status,
                                       @QueryParam("personId") UUID personId,
                                       @QueryParam("householdId") UUID householdId,
                                       @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return referrals.list(caller.actor(), new ReferralRepository.Filter(role, status, personId, householdId),
                PageRequest.of(page, size)).map(ReferralMapper::response);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(operationId = "getReferral", summary = "A referral the caller's organisation sent or received, with its history")
    @APIResponse(responseCode = "200", description = "The referral; its version in the ETag header",
            content = @Content(schema = @Schema(implementation = ReferralResponse.class)))
    @APIResponse(responseCode = "400", description = "invalid-parameter: the id is not a UUID",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, or an officer's or coordinator's token names no organisation",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "referral-not-found: none the caller is a party to",
            content = @Content(mediaType = "application/problem+json"))
    public Response get(@PathParam("id") UUID id) {
        return referrals.read(caller.actor(), id).map(ReferralResource::tagged)
                .orElseThrow(() -> new ReferralProblems.ReferralNotFound(id));
    }

    @POST
    @Path("{id}/acceptance")
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "acceptReferral", summary = "The receiver accepts a SENT referral (If-Match)",
            description = "From now until the sender revokes it or the receiver completes it, the receiver reads the person's "
                    + "or household's record as the sender registered it (persons, households, their aid), each read logged.")
    @APIResponse(responseCode = "200", description = "ACCEPTED; the new ETag in the header",
            content = @Content(schema = @Schema(implementation = ReferralResponse.class)))
    @APIResponse(responseCode = "400", description = "invalid-parameter: the id is not a UUID", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a coordinator, or the token names no organisation", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "referral-not-found: no referral this organisation received", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "referral-invalid-transition: not SENT", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "412", description = STALE, content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "428", description = IF_MATCH_REQUIRED, content = @Content(mediaType = "application/problem+json"))
    public Response accept(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(referrals.act(caller.actor(), id, ReferralAction.ACCEPT, ifMatch, null));
    }

    @POST
    @Path("{id}/decline")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "declineReferral", summary = "The receiver declines a SENT referral with a reason (If-Match)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "out of scope", value = ApiExamples.DECLINE)))
    @APIResponse(responseCode = "200", description = "DECLINED; the new ETag in the header",
            content = @Content(schema = @Schema(implementation = ReferralResponse.class)))
    @APIResponse(responseCode = "400", description = "validation-failed: no reason; invalid-parameter: the id is not a UUID", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a coordinator, or the token names no organisation", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "referral-not-found: no referral this organisation received", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "referral-invalid-transition: not SENT", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "412", description = STALE, content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "428", description = IF_MATCH_REQUIRED, content = @Content(mediaType = "application/problem+json"))
    public Response decline(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull ReasonRequest request) {
        return tagged(referrals.act(caller.actor(), id, ReferralAction.DECLINE, ifMatch, request.reason()));
    }

    @POST
    @Path("{id}/completion")
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "completeReferral", summary = "The receiver completes an ACCEPTED referral (If-Match)",
            description = "The referral's work is done: the receiver no longer reads the record through it (an organisation "
                    + "that keeps serving the family registers its own version).")
    @APIResponse(responseCode = "200", description = "COMPLETED; the new ETag in the header",
            content = @Content(schema = @Schema(implementation = ReferralResponse.class)))
    @APIResponse(responseCode = "400", description = "invalid-parameter: the id is not a UUID", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a coordinator, or the token names no organisation", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "referral-not-found: no referral this organisation received", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "referral-invalid-transition: not ACCEPTED", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "412", description = STALE, content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "428", description = IF_MATCH_REQUIRED, content = @Content(mediaType = "application/problem+json"))
    public Response complete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return tagged(referrals.act(caller.actor(), id, ReferralAction.COMPLETE, ifMatch, null));
    }

    @POST
    @Path("{id}/revocation")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "revokeReferral", summary = "The sender revokes a SENT or ACCEPTED referral (If-Match)",
            description = "The receiver no longer reads the record through it. The body is JSON, {} or with a reason.")
    @APIResponse(responseCode = "200", description = "REVOKED; the new ETag in the header",
            content = @Content(schema = @Schema(implementation = ReferralResponse.class)))
    @APIResponse(responseCode = "400", description = "validation-failed: reason over 1000 characters; invalid-parameter: the id is not a UUID", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a coordinator, or the token names no organisation", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "referral-not-found: no referral this organisation sent", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "referral-invalid-transition: DECLINED, COMPLETED or REVOKED", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "412", description = STALE, content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "428", description = IF_MATCH_REQUIRED, content = @Content(mediaType = "application/problem+json"))
    public Response revoke(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid RevocationReasonRequest request) {
        return tagged(referrals.act(caller.actor(), id, ReferralAction.REVOKE, ifMatch, request == null ? null : request.reason()));
    }

    private static Response tagged(ReferralService.View view) {
        ReferralResponse body = ReferralMapper.response(view);
        return Response.ok(body).tag(EntityTags.of(body.version())).build();
    }
}
