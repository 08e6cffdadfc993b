package org.hamyar.donors.aid.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.security.Caller;
import org.hamyar.api.security.Roles;
import org.hamyar.donors.aid.GrantedAidFilter;
import org.hamyar.donors.aid.mapping.GrantedAidMapper;
import org.hamyar.donors.aid.service.GrantedAidService;
import org.hamyar.standards.Province;
import org.hamyar.standards.Provinces;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The aid the network granted, as the donors-service recorded it from {@code beneficiaries.events}.
 * Auditors and admins read all of it; a coordinator reads the aid its own organisation granted.
 */
@Path("/api/allocations/granted-aid")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Granted aid", description = "Aid the network granted, recorded from AidGranted and AidRevoked events")
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN, Roles.COORDINATOR})
public class GrantedAidResource {

    private static final Pattern CATEGORY = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
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
    @APIResponse(responseCode = "400", description = "A filter or paging parameter is invalid", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "The caller is neither auditor, admin nor coordinator, or a "
            + "coordinator's token names no organisation", content = @Content(mediaType = PROBLEM))
    public Page<GrantedAidResponse> list(
            @Parameter(description = "The providing organisation's id") @QueryParam("provider") String provider,
            @Parameter(description = "Aid category, e.g. FOOD_BASKET") @QueryParam("category") String category,
            @Parameter(description = "Two-digit province code, e.g. 26") @QueryParam("province") String province,
            @Parameter(description = "Page number from 0") @QueryParam("page") Integer page,
            @Parameter(description = "Page size, 1 to 200 (default 20)") @QueryParam("size") Integer size) {
        GrantedAidFilter filter = filter(provider, category, province);
        return service.list(caller.actor(), filter, PageRequest.of(page, size)).map(GrantedAidMapper::toResponse);
    }

    @GET
    @Path("/{aidId}")
    @Operation(operationId = "getGrantedAid", summary = "One granted aid by the aid's id")
    @APIResponse(responseCode = "200", description = "The granted aid")
    @APIResponse(responseCode = "400", description = "The id is not a UUID", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "The caller is neither auditor, admin nor coordinator, or a "
            + "coordinator's token names no organisation", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such aid recorded, or one the caller may not see", content = @Content(mediaType = PROBLEM))
    public GrantedAidResponse get(@Parameter(description = "The aid's id") @PathParam("aidId") String aidId) {
        UUID id = uuid(aidId).orElseThrow(() ->
                new InvalidGrantedAidParameter().withField("aidId", "{granted-aid.uuid}"));
        return service.find(caller.actor(), id).map(GrantedAidMapper::toResponse).orElseThrow(() -> new GrantedAidNotFound(id));
    }

    /** Checks every parameter, so that one answer names every bad one. */
    private static GrantedAidFilter filter(String provider, String category, String province) {
        // an empty parameter (?provider=) is a filter left blank in a form, not a bad value
        provider = blankToNull(provider);
        category = blankToNull(category);
        province = blankToNull(province);
        InvalidGrantedAidParameter invalid = new InvalidGrantedAidParameter();
        boolean bad = false;
        Optional<UUID> providerId = Optional.empty();
        if (provider != null) {
            providerId = uuid(provider);
            if (providerId.isEmpty()) {
                invalid.withField("provider", "{granted-aid.uuid}");
                bad = true;
            }
        }
        if (category != null && !CATEGORY.matcher(category).matches()) {
            invalid.withField("category", "{granted-aid.category}");
            bad = true;
        }
        Optional<String> provinceCode = Optional.empty();
        if (province != null) {
            provinceCode = Provinces.byCode(province).map(Province::code);
            if (provinceCode.isEmpty()) {
                invalid.withField("province", "{granted-aid.province}");
                bad = true;
            }
        }
        if (bad) {
            throw invalid;
        }
        return new GrantedAidFilter(providerId, Optional.ofNullable(category), provinceCode);
    }

    private static String blankToNull(String parameter) {
        return parameter == null || parameter.isBlank() ? null : parameter.strip();
    }

    /** Only the canonical 36-character form: UUID.fromString also takes oddities such as "1-2-3-4-5". */
    private static Optional<UUID> uuid(String text) {
        String candidate = text.strip();
        if (candidate.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(candidate));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
