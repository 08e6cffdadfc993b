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
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.security.Roles;
import org.hamyar.standards.Province;

/**
 * The network's joint executive calendar in JSON (every date with its Jalali form) or, with
 * {@code Accept: text/calendar} or {@code ?format=ics}, as RFC 5545 iCalendar for calendar apps.
 */
@Path("/api/calendar")
@Tag(name = "calendar")
public class CalendarResource {

    private final CalendarService service;
    private final CalendarIcs ics;

    CalendarResource(CalendarService service, CalendarIcs ics) {
        this.service = service;
        this.ics = ics;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CalendarIcs.TEXT_CALENDAR})
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.DONOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getNetworkCalendar", summary = "The network's executive calendar across agreements",
            description = "Entries of SIGNED, ACTIVE and EXPIRED agreements overlapping [from, to] (default: today and a "
                    + "year on; at most three years). Dates in ISO or Jalali. JSON is paged; iCalendar has the whole period.")
    @APIResponse(responseCode = "200", description = "A page of entries, or the whole period as iCalendar", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarPage.class)),
            @Content(mediaType = CalendarIcs.TEXT_CALENDAR, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response networkCalendar(
            @Parameter(example = "1405-01-01") @QueryParam("from") LocalDate from,
            @Parameter(example = "1405-12-29") @QueryParam("to") LocalDate to,
            @Parameter(description = "Two-digit province code (any digit script, or IR-26)", example = "26",
                    schema = @Schema(type = SchemaType.STRING)) @QueryParam("province") Province province,
            @Parameter(description = "An organisation that is a party") @QueryParam("organization") UUID organization,
            @Parameter(description = "ics for iCalendar, whatever Accept says") @QueryParam("format") CalendarFormat format,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size,
            @Context HttpHeaders headers) {
        if (CalendarIcs.wanted(format, headers)) {
            return ics.response("calendar.ics.network-name",
                    service.networkForSubscription(from, to, province, organization), headers);
        }
        return Response.ok(CalendarMapper.page(service.network(from, to, province, organization, PageRequest.of(page, size))),
                MediaType.APPLICATION_JSON_TYPE).build();
    }
}
