package org.hamyar.beneficiaries.person.rest;

import java.time.LocalDate;

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
import org.hamyar.beneficiaries.person.DisabilityType;
import org.hamyar.beneficiaries.person.Sex;
import org.hamyar.beneficiaries.person.mapping.PersonMapper;
import org.hamyar.beneficiaries.person.repository.PersonListRepository;
import org.hamyar.beneficiaries.person.service.PersonListService;
import org.hamyar.beneficiaries.rest.ApiExamples;
import org.hamyar.beneficiaries.rest.Flag;
import org.hamyar.beneficiaries.rest.ListPaging;
import org.hamyar.standards.JalaliDate;
import org.hamyar.standards.PersianText;
import org.hamyar.standards.Province;

/**
 * GET /api/persons, the list; registration and the single read are {@link PersonResource}'s (Quarkus
 * REST serves two resource classes under one path).
 */
@Path("/api/persons")
@Tag(name = "Persons", description = "The registry of persons: one record per national code")
@Produces(MediaType.APPLICATION_JSON)
public class PersonListResource {

    /** Years up to this are Jalali (1300–1410 today), from {@link #FIRST_GREGORIAN_YEAR} on Gregorian. */
    static final int LAST_JALALI_YEAR = 1500;
    static final int FIRST_GREGORIAN_YEAR = 1800;

    private final PersonListService persons;
    private final Caller caller;

    PersonListResource(PersonListService persons, Caller caller) {
        this.persons = persons;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(operationId = "listPersons", summary = "The persons the caller may see, filtered, alphabetical",
            description = "The caller's own registrations, and persons its ACTIVE data-sharing partners registered (shown "
                    + "in the partner's version; the earliest partner's when several); an auditor lists the network. "
                    + "Filters apply to the version shown. Every person shown from another organisation's version is "
                    + "written to the read log. Ordered by normalised last name, first name, id; at most "
                    + ListPaging.MAX_DEPTH + " items deep (narrow the filters beyond).")
    @APIResponse(responseCode = "200", description = "A page of persons",
            content = @Content(examples = @ExampleObject(name = "one person", value = ApiExamples.PERSON_PAGE)))
    @APIResponse(responseCode = "400", description = "invalid-parameter: every bad parameter (province, disabilityType, sex, "
            + "birthYearFrom, birthYearTo, rural, household, page, size; a page beyond " + ListPaging.MAX_DEPTH + " items)",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "page too deep", value = ApiExamples.PAGE_TOO_DEEP)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, or an officer's or coordinator's token names no organisation",
            content = @Content(mediaType = "application/problem+json"))
    public Page<PersonResponse> list(
            @Parameter(description = "Two-digit province code or IR-nn") @QueryParam("province") Province province,
            @Parameter(description = "The county as registered") @QueryParam("county") String county,
            @QueryParam("disabilityType") DisabilityType disabilityType,
            @QueryParam("sex") Sex sex,
            @Parameter(description = "Born in this year or later: a Jalali year (up to 1500, e.g. 1360) or a Gregorian one (from 1800)")
            @QueryParam("birthYearFrom") Integer birthYearFrom,
            @Parameter(description = "Born in this year or earlier, Jalali or Gregorian as birthYearFrom")
            @QueryParam("birthYearTo") Integer birthYearTo,
            @QueryParam("rural") Flag rural,
            @Parameter(description = "true: the head or a member of a household (in the version shown); false: in none")
            @QueryParam("household") Flag household,
            @Parameter(description = "The start of the last or first name, or \"first last\"; Arabic letter variants, "
                    + "ZWNJ and diacritics do not matter") @QueryParam("name") String name,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        DomainProblem bad = ConventionsParamConverters.invalidParameters();
        LocalDate bornFrom = firstDay(bad, "birthYearFrom", birthYearFrom);
        LocalDate bornTo = lastDay(bad, "birthYearTo", birthYearTo);
        if (bornFrom != null && bornTo != null && bornTo.isBefore(bornFrom)) {
            bad.withField("birthYearTo", "{list.year-to-before-from}");
        }
        if (!bad.fields().isEmpty()) {
            throw bad;
        }
        String normalisedName = name == null ? null : PersianText.normalize(name);
        var filter = new PersonListRepository.Filter(province == null ? null : province.code(),
                county == null || county.isBlank() ? null : county.strip(), disabilityType, sex, bornFrom, bornTo,
                Flag.value(rural), Flag.value(household),
                normalisedName == null || normalisedName.isEmpty() ? null : normalisedName);
        return persons.list(caller.actor(), filter, ListPaging.of(page, size)).map(PersonMapper::response);
    }

    private static LocalDate firstDay(DomainProblem bad, String parameter, Integer year) {
        Boolean jalali = jalali(bad, parameter, year);
        return jalali == null ? null : jalali ? new JalaliDate(year, 1, 1).toGregorian() : LocalDate.of(year, 1, 1);
    }

    private static LocalDate lastDay(DomainProblem bad, String parameter, Integer year) {
        Boolean jalali = jalali(bad, parameter, year);
        return jalali == null ? null
                : jalali ? new JalaliDate(year + 1, 1, 1).toGregorian().minusDays(1) : LocalDate.of(year, 12, 31);
    }

    /** Whether the year is Jalali; null when absent or neither (then named in {@code bad}). */
    private static Boolean jalali(DomainProblem bad, String parameter, Integer year) {
        if (year == null) {
            return null;
        }
        if (year >= 1 && year <= LAST_JALALI_YEAR) {
            return true;
        }
        if (year >= FIRST_GREGORIAN_YEAR && year <= 9999) {
            return false;
        }
        bad.withField(parameter, "{list.birth-year}");
        return null;
    }
}
