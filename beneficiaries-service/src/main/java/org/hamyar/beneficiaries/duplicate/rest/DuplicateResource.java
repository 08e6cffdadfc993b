package org.hamyar.beneficiaries.duplicate.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.security.Caller;
import org.hamyar.api.security.Roles;
import org.hamyar.api.validation.RequestValidation;
import org.hamyar.beneficiaries.duplicate.DuplicateProblems;
import org.hamyar.beneficiaries.duplicate.DuplicateStatus;
import org.hamyar.beneficiaries.duplicate.service.DuplicateService;

/** Possible duplicates (docs/product.md §4 "Duplicates"): listed, read, merged or dismissed. */
@Path("/api/duplicates")
@Tag(name = "Duplicates", description = "Possible duplicate persons, for a coordinator to merge or dismiss")
@Produces(MediaType.APPLICATION_JSON)
public class DuplicateResource {

    private static final String MERGE_EXAMPLE = """
            {"survivingPersonId": "0195f0c0-0000-7000-8000-000000000201"}""";

    private final DuplicateService duplicates;
    private final Caller caller;
    private final RequestValidation validation;

    DuplicateResource(DuplicateService duplicates, Caller caller, RequestValidation validation) {
        this.duplicates = duplicates;
        this.caller = caller;
        this.validation = validation;
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(operationId = "listDuplicates", summary = "Possible duplicates the caller may see, newest first",
            description = "Only flags whose two persons the caller's organisation may both see: it registered them, or an "
                    + "ACTIVE data-sharing agreement joins it to an organisation that did. Auditors see every flag.")
    @APIResponse(responseCode = "200", description = "A page of possible duplicates")
    @APIResponse(responseCode = "400", description = "invalid-parameter: every bad parameter (status, page, size)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, or an officer's or coordinator's token names no organisation",
            content = @Content(mediaType = "application/problem+json"))
    public Page<DuplicateResponse> list(
            @Parameter(description = "OPEN (default), MERGED or DISMISSED") @QueryParam("status") DuplicateStatus status,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return duplicates.list(caller.actor(), status == null ? DuplicateStatus.OPEN : status, PageRequest.of(page, size))
                .map(DuplicateResponse::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(operationId = "getDuplicate", summary = "A possible duplicate the caller may see")
    @APIResponse(responseCode = "200", description = "The possible duplicate",
            content = @Content(schema = @Schema(implementation = DuplicateResponse.class)))
    @APIResponse(responseCode = "400", description = "invalid-parameter: the id is not a UUID",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, or the token names no organisation",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "duplicate-not-found: no such flag, or one naming a person the caller may not see",
            content = @Content(mediaType = "application/problem+json"))
    public DuplicateResponse get(@PathParam("id") UUID id) {
        return duplicates.read(caller.actor(), id).map(DuplicateResponse::of)
                .orElseThrow(() -> new DuplicateProblems.DuplicateNotFound(id));
    }

    @POST
    @Path("{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "mergeDuplicate", summary = "Merge the two persons into one",
            description = "In one transaction every registration version, household membership (and headship) and aid "
                    + "record of the other person moves to the surviving one; an organisation that registered both keeps "
                    + "its version of the survivor. The other person's id, national code or document then lead to the "
                    + "survivor (GET /api/persons/{otherId} answers the survivor). Publishes PersonsMerged.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "merge", value = MERGE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Merged",
            content = @Content(schema = @Schema(implementation = DuplicateResponse.class)))
    @APIResponse(responseCode = "400", description = "validation-failed: survivingPersonId missing or not one of the pair",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a coordinator (officers may not merge)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "duplicate-not-found", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "duplicate-not-open: merged or dismissed already; merge-conflict: both "
            + "persons head a household", content = @Content(mediaType = "application/problem+json"))
    public DuplicateResponse merge(@PathParam("id") UUID id, MergeRequest request) {
        validation.require(request);
        return DuplicateResponse.of(duplicates.merge(caller.actor(), id, request.survivingPersonId()));
    }

    @POST
    @Path("{id}/dismiss")
    @RolesAllowed(Roles.COORDINATOR)
    @Operation(operationId = "dismissDuplicate", summary = "Not the same person: the pair is never flagged again")
    @APIResponse(responseCode = "200", description = "Dismissed",
            content = @Content(schema = @Schema(implementation = DuplicateResponse.class)))
    @APIResponse(responseCode = "400", description = "invalid-parameter: the id is not a UUID",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a coordinator (officers may not dismiss)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "duplicate-not-found", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "duplicate-not-open: merged or dismissed already",
            content = @Content(mediaType = "application/problem+json"))
    public DuplicateResponse dismiss(@PathParam("id") UUID id) {
        return DuplicateResponse.of(duplicates.dismiss(caller.actor(), id));
    }
}
