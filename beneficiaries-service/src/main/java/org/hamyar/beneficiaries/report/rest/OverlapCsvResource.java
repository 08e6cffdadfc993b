package org.hamyar.beneficiaries.report.rest;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamyar.api.security.Caller;
import org.hamyar.api.security.Roles;
import org.hamyar.beneficiaries.aid.AidCategory;
import org.hamyar.beneficiaries.report.OverlapReportService;
import org.hamyar.beneficiaries.rest.ApiExamples;
import org.hamyar.beneficiaries.rest.ListPaging;
import org.hamyar.standards.Province;

/** The overlap report as a CSV file at its own address, for a link a spreadsheet opens. */
@Path("/api/overlaps.csv")
@Tag(name = "Overlap report", description = "Households served by more than one agency in the same category and period")
public class OverlapCsvResource {

    private final OverlapReportService report;
    private final Caller caller;

    OverlapCsvResource(OverlapReportService report, Caller caller) {
        this.report = report;
        this.caller = caller;
    }

    @GET
    @Produces("text/csv")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(operationId = "exportOverlaps", summary = "The overlap report as CSV (UTF-8 with BOM, for Excel)",
            description = "The cases of GET /api/overlaps with the same filters and the same privacy, the first "
                    + ListPaging.MAX_DEPTH + " of them, newest period first; X-Total-Count says how many match (narrow the "
                    + "filters when it is more). Agencies the caller shares no data with read \"another agency in the "
                    + "network\" (in Persian with Accept-Language: fa).")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", value = ApiExamples.OVERLAP_CSV)))
    @APIResponse(responseCode = "400", description = "invalid-parameter: every bad parameter (province, category, from, to before from)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, or an officer's or coordinator's token names no organisation",
            content = @Content(mediaType = "application/problem+json"))
    public Response csv(@Parameter(description = "Two-digit province code or IR-nn") @QueryParam("province") Province province,
                        @Parameter(description = "The county as registered") @QueryParam("county") String county,
                        @QueryParam("category") AidCategory category,
                        @Parameter(description = "ISO or Jalali date") @QueryParam("from") LocalDate from,
                        @Parameter(description = "ISO or Jalali date, not before from") @QueryParam("to") LocalDate to,
                        @Parameter(description = "The language of the agency texts: fa or en")
                        @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return OverlapReportResource.file(report, caller, OverlapReportResource.filter(province, county, category, from, to),
                acceptLanguage);
    }
}
