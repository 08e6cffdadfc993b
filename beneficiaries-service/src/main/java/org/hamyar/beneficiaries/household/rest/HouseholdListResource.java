package org.hamyar.beneficiaries.household.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamyar.api.paging.Page;
import org.hamyar.api.problem.DomainProblem;
import org.hamyar.api.params.ConventionsParamConverters;
import org.hamyar.api.security.Caller;
import org.hamyar.api.security.Roles;
import org.hamyar.beneficiaries.household.EnrolmentCategory;
import org.hamyar.beneficiaries.household.repository.HouseholdListRepository;
import org.hamyar.beneficiaries.household.service.HouseholdListService;
import org.hamyar.beneficiaries.rest.ApiExamples;
import org.hamyar.beneficiaries.rest.Flag;
import org.hamyar.beneficiaries.rest.ListPaging;
import org.hamyar.standards.Province;

/**
 * GET /api/households, the list; registration and the single read are {@link HouseholdResource}'s
 * (Quarkus REST serves two resource classes under one path).
 */
@Path("/api/households")
@Tag(name = "Households", description = "Households: a head, members and an address")
@Produces(MediaType.APPLICATION_JSON)
public class HouseholdListResource {

    /** No household has more people than this; a larger bound is a typing mistake. */
    static final int MAX_SIZE = 50;

    private final HouseholdListService households;
    private final Caller caller;

    HouseholdListResource(HouseholdListService households, Caller caller) {
        this.households = households;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(operationId = "listHouseholds", summary = "The households the caller may see, filtered, newest first",
            description = "The caller's own registrations, and households its ACTIVE data-sharing partners registered (shown "
                    + "in the partner's version; the earliest partner's when several); an auditor lists the network. "
                    + "Filters apply to the version shown: its address, enrolment category, the people in it and their "
                    + "disability in that version. Every household shown from another organisation's version is written "
                    + "to the read log (the household and its head). At most " + ListPaging.MAX_DEPTH + " items deep.")
    @APIResponse(responseCode = "200", description = "A page of households",
            content = @Content(examples = @ExampleObject(name = "one household", value = ApiExamples.HOUSEHOLD_PAGE)))
    @APIResponse(responseCode = "400", description = "invalid-parameter: every bad parameter (province, enrolmentCategory, "
            + "disability, rural, sizeMin, sizeMax, page, size; a page beyond " + ListPaging.MAX_DEPTH + " items)",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "page too deep", value = ApiExamples.PAGE_TOO_DEEP)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, or an officer's or coordinator's token names no organisation",
            content = @Content(mediaType = "application/problem+json"))
    public Page<HouseholdSummary> list(
            @Parameter(description = "Two-digit province code or IR-nn") @QueryParam("province") Province province,
            @Parameter(description = "The county as registered") @QueryParam("county") String county,
            @QueryParam("enrolmentCategory") EnrolmentCategory enrolmentCategory,
            @Parameter(description = "true: someone of the household has a disability (in the version shown)")
            @QueryParam("disability") Flag disability,
            @QueryParam("rural") Flag rural,
            @Parameter(description = "At least this many people, head included (1 to " + MAX_SIZE + ")") @QueryParam("sizeMin") Integer sizeMin,
            @Parameter(description = "At most this many people, head included (1 to " + MAX_SIZE + ")") @QueryParam("sizeMax") Integer sizeMax,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        DomainProblem bad = ConventionsParamConverters.invalidParameters();
        for (var bound : new Object[][] {{"sizeMin", sizeMin}, {"sizeMax", sizeMax}}) {
            Integer value = (Integer) bound[1];
            if (value != null && (value < 1 || value > MAX_SIZE)) {
                bad.withField((String) bound[0], "{list.household-size}", MAX_SIZE);
            }
        }
        if (bad.fields().isEmpty() && sizeMin != null && sizeMax != null && sizeMax < sizeMin) {
            bad.withField("sizeMax", "{list.size-max-below-min}");
        }
        if (!bad.fields().isEmpty()) {
            throw bad;
        }
        var filter = new HouseholdListRepository.Filter(province == null ? null : province.code(),
                county == null || county.isBlank() ? null : county.strip(), enrolmentCategory, Flag.value(disability),
                Flag.value(rural), sizeMin, sizeMax);
        return households.list(caller.actor(), filter, ListPaging.of(page, size)).map(HouseholdSummary::of);
    }
}
