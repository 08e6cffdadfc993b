package org.hamyar.agreements.calendar.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamyar.agreements.calendar.service.CalendarService;
import org.hamyar.agreements.validation.QueryParameters;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.security.Roles;

/**
 * The network's joint executive calendar in JSON (every date with its Jalali form) or, with
 * {@code Accept: text/calendar} or {@code ?format=ics}, as RFC 5545 iCalendar for calendar apps.
 */
@Path("/api/calendar")
@Tag(name = "calendar")
public class CalendarResource {

    static final String TEXT_CALENDAR = "text/calendar";
    private static final String ICS_TYPE = TEXT_CALENDAR + ";charset=UTF-8";

    private final CalendarService service;

    CalendarResource(CalendarService service) {
        this.service = service;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, TEXT_CALENDAR})
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.DONOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getNetworkCalendar", summary = "The network's executive calendar across agreements",
            description = "Entries of SIGNED, ACTIVE and EXPIRED agreements overlapping [from, to] (default: today and a "
                    + "year on; at most three years). Dates in ISO or Jalali. JSON is paged; iCalendar has the whole period.")
    @APIResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarPage.class)),
            @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response networkCalendar(
            @Parameter(example = "1405-01-01") @QueryParam("from") LocalDate from,
            @Parameter(example = "1405-12-29") @QueryParam("to") LocalDate to,
            @Parameter(example = "26") @QueryParam("province") String province,
            @Parameter(description = "An organisation that is a party") @QueryParam("organization") String organization,
            @QueryParam("format") String format,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size,
            @Context HttpHeaders headers) {
        String provinceCode = QueryParameters.province("province", province);
        UUID organizationId = QueryParameters.uuid("organization", organization);
        if (wantsIcs(format, headers)) {
            var all = service.networkForSubscription(from, to, provinceCode, organizationId);
            return ics(service.ics("calendar.ics.network-name", all, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        }
        return Response.ok(service.network(from, to, provinceCode, organizationId, PageRequest.of(page, size)),
                MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** {@code ?format=ics}, or an Accept header that names text/calendar before (or without) JSON. */
    static boolean wantsIcs(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            if ("ics".equalsIgnoreCase(format.strip())) {
                return true;
            }
            if ("json".equalsIgnoreCase(format.strip())) {
                return false;
            }
            throw QueryParameters.invalid("format", "parameter.enum", "json, ics");
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return false;
            }
            if ("text".equals(type.getType()) && "calendar".equals(type.getSubtype())) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    static Response ics(String body) {
        return Response.ok(body, ICS_TYPE)
                .header("Content-Disposition", "inline; filename=\"hamyar-calendar.ics\"")
                .build();
    }
}
