package org.hamyar.donors.aid.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.security.Caller;
import org.hamyar.api.security.Roles;
import org.hamyar.donors.aid.AidCategory;
import org.hamyar.donors.aid.GrantedAidFilter;
import org.hamyar.donors.aid.mapping.GrantedAidMapper;
import org.hamyar.donors.aid.service.GrantedAidService;
import org.hamyar.standards.Province;

import java.util.UUID;

/**
 * The aid the network granted, as the donors-service recorded it from {@code beneficiaries.events}.
 * Auditors and admins read all of it; a coordinator reads the aid its own organisation granted.
 * Parameters are typed: the conventions' converters read them and answer one 400
 * {@code invalid-parameter} naming every bad one.
 */
@Path("/api/allocations/granted-aid")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Granted aid", description = "Aid the network granted, recorded from AidGranted and AidRevoked events")
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN, Roles.COORDINATOR})
public class GrantedAidResource {

    private static final String PROBLEM = "application/problem+json";

    private final GrantedAidService service;
    private final Caller caller;

    GrantedAidResource(GrantedAidService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listGrantedAid", summary = "List granted aid, newest first",
            description = "A coordinator sees only the aid its own organisation granted.")
    @APIResponse(responseCode = "200", description = "A page of granted aid")
    @APIResponse(responseCode = "400", description = "invalid-parameter: every invalid filter or paging parameter",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "The caller is neither auditor, admin nor coordinator, or a "
            + "coordinator's token names no organisation", content = @Content(mediaType = PROBLEM))
    public Page<GrantedAidResponse> list(
            @Parameter(description = "The providing organisation's id") @QueryParam("provider") UUID provider,
            @Parameter(description = "Aid category, e.g. FOOD_BASKET (any letter case)") @QueryParam("category") AidCategory category,
            @Parameter(description = "Province: two-digit code in any digit script, or IR-nn, e.g. 26",
                    schema = @Schema(type = SchemaType.STRING, examples = "26"))
            @QueryParam("province") Province province,
            @Parameter(description = "Page number from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200 (default 20)") @QueryParam("size") Integer size) {
        return service.list(caller.actor(), GrantedAidFilter.of(provider, category, province), PageRequest.of(page, size))
                .map(GrantedAidMapper::toResponse);
    }

    @GET
    @Path("/{aidId}")
    @Operation(operationId = "getGrantedAid", summary = "One granted aid by the aid's id")
    @APIResponse(responseCode = "200", description = "The granted aid")
    @APIResponse(responseCode = "400", description = "invalid-parameter: the id is not a UUID", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "The caller is neither auditor, admin nor coordinator, or a "
            + "coordinator's token names no organisation", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such aid recorded, or one the caller may not see", content = @Content(mediaType = PROBLEM))
    public GrantedAidResponse get(@Parameter(description = "The aid's id") @PathParam("aidId") UUID aidId) {
        return service.find(caller.actor(), aidId).map(GrantedAidMapper::toResponse)
                .orElseThrow(() -> new GrantedAidNotFound(aidId));
    }
}
