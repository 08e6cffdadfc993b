package org.hamyar.beneficiaries.report.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamyar.api.paging.Page;
import org.hamyar.api.params.ConventionsParamConverters;
import org.hamyar.api.problem.ProblemTexts;
import org.hamyar.api.security.Caller;
import org.hamyar.api.security.Roles;
import org.hamyar.beneficiaries.aid.AidCategory;
import org.hamyar.beneficiaries.report.OverlapReportRepository;
import org.hamyar.beneficiaries.report.OverlapReportService;
import org.hamyar.beneficiaries.rest.ApiExamples;
import org.hamyar.beneficiaries.rest.ListPaging;
import org.hamyar.standards.Province;

/**
 * The overlap report (docs/product.md §4): JSON pages, or the same as a CSV file when the client prefers
 * {@code text/csv}; counts per place and category. {@link OverlapCsvResource} serves the file at {@code /api/overlaps.csv} too.
 */
@Path("/api/overlaps")
@Tag(name = "Overlap report", description = "Households served by more than one agency in the same category and period")
public class OverlapReportResource {

    static final MediaType CSV = new MediaType("text", "csv");

    private final OverlapReportService report;
    private final Caller caller;

    OverlapReportResource(OverlapReportService report, Caller caller) {
        this.report = report;
        this.caller = caller;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(operationId = "listOverlaps", summary = "Overlap cases the caller may see, newest period first",
            description = "A case is aid of one category that one agency gave a household while another agency's overlapping "
                    + "aid stood — recorded with a warning, or over a block its coordinator overrode. An organisation sees the "
                    + "cases its own aid is in; the other agency is named only when an ACTIVE data-sharing agreement joins "
                    + "the two, otherwise it is \"another agency in the network\" with nothing of its aid; the household only "
                    + "when the caller may see it (a logged read when it did not register it). Auditors see the network. "
                    + "Revoked aid ends an overlap. With Accept: text/csv the same report is a CSV file (as at "
                    + "/api/overlaps.csv; page and size do not apply).")
    @APIResponse(responseCode = "200", description = "A page of cases",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "one case", value = ApiExamples.OVERLAP_PAGE)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = ApiExamples.OVERLAP_CSV))})
    @APIResponse(responseCode = "400", description = "invalid-parameter: every bad parameter (province, category, from, to "
            + "before from, page, size; a page beyond " + ListPaging.MAX_DEPTH + " items)",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "page too deep", value = ApiExamples.PAGE_TOO_DEEP)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, or an officer's or coordinator's token names no organisation",
            content = @Content(mediaType = "application/problem+json"))
    public Response list(@Parameter(description = "Two-digit province code or IR-nn") @QueryParam("province") Province province,
                                          @Parameter(description = "The county as registered") @QueryParam("county") String county,
                                          @QueryParam("category") AidCategory category,
                                          @Parameter(description = "ISO or Jalali date: cases whose aid's period reaches it") @QueryParam("from") LocalDate from,
                                          @Parameter(description = "ISO or Jalali date, not before from: cases whose aid's period starts by it") @QueryParam("to") LocalDate to,
                                          @QueryParam("page") Integer page, @QueryParam("size") Integer size,
                                          @Parameter(description = "The language of the agency texts: fa or en")
                                          @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                                          @Context HttpHeaders headers) {
        OverlapReportRepository.Filter filter = filter(province, county, category, from, to);
        if (wantsCsv(headers.getAcceptableMediaTypes())) {
            return file(report, caller, filter, acceptLanguage);
        }
        Locale locale = ProblemTexts.locale(acceptLanguage);
        Page<OverlapCaseResponse> cases = report.cases(caller.actor(), filter, ListPaging.of(page, size))
                .map(c -> OverlapCaseResponse.of(c, locale));
        return Response.ok(cases, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** JSON unless the client prefers CSV (by q-value; a wildcard is JSON). */
    static boolean wantsCsv(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (type.isCompatible(CSV)) {
                return true;
            }
        }
        return false;
    }

    @GET
    @Path("counts")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(operationId = "countOverlaps", summary = "Overlap cases counted per province, county and category",
            description = "The cases the caller may see in the report, counted: an organisation's count holds only the cases "
                    + "its own aid is in (never overlaps between two other agencies), so a count reveals nothing the list "
                    + "does not; no household and no agency is named. Auditors count the network. Same filters as the report.")
    @APIResponse(responseCode = "200", description = "One row per province, county and category with cases",
            content = @Content(examples = @ExampleObject(name = "counts", value = ApiExamples.OVERLAP_COUNTS)))
    @APIResponse(responseCode = "400", description = "invalid-parameter: every bad parameter (province, category, from, to before from)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, or an officer's or coordinator's token names no organisation",
            content = @Content(mediaType = "application/problem+json"))
    public List<OverlapCountResponse> counts(@QueryParam("province") Province province, @QueryParam("county") String county,
                                             @QueryParam("category") AidCategory category,
                                             @Parameter(description = "ISO or Jalali date") @QueryParam("from") LocalDate from,
                                             @Parameter(description = "ISO or Jalali date, not before from") @QueryParam("to") LocalDate to) {
        return report.counts(caller.actor(), filter(province, county, category, from, to)).stream()
                .map(OverlapCountResponse::of).toList();
    }

    /** The report as a file of at most {@value ListPaging#MAX_DEPTH} cases; {@code X-Total-Count} says how many match. */
    static Response file(OverlapReportService report, Caller caller, OverlapReportRepository.Filter filter, String acceptLanguage) {
        OverlapReportService.Export export = report.export(caller.actor(), filter, ListPaging.MAX_DEPTH);
        return Response.ok(OverlapCsv.of(export.cases(), ProblemTexts.locale(acceptLanguage)), OverlapCsv.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"overlaps.csv\"")
                .header("X-Total-Count", export.total())
                .build();
    }

    static OverlapReportRepository.Filter filter(Province province, String county, AidCategory category, LocalDate from,
                                                 LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ConventionsParamConverters.invalid("to", "{aid.period-to-before-from}");
        }
        return new OverlapReportRepository.Filter(null, province == null ? null : province.code(),
                county == null || county.isBlank() ? null : county.strip(), category, from, to);
    }
}
