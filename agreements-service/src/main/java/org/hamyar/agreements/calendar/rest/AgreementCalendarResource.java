package org.hamyar.agreements.calendar.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamyar.agreements.calendar.service.CalendarService;
import org.hamyar.api.security.Caller;
import org.hamyar.api.security.Roles;

/** One agreement's joint executive calendar, in JSON or as iCalendar (see {@link CalendarIcs}). */
@Path("/api/agreements/{id}/calendar")
@Tag(name = "calendar")
public class AgreementCalendarResource {

    private final CalendarService service;
    private final CalendarIcs ics;
    private final Caller caller;

    AgreementCalendarResource(CalendarService service, CalendarIcs ics, Caller caller) {
        this.service = service;
        this.ics = ics;
        this.caller = caller;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CalendarIcs.TEXT_CALENDAR})
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.DONOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getAgreementCalendar", summary = "An agreement's executive calendar, JSON or iCalendar")
    @APIResponse(responseCode = "200", description = "The entries, earliest first", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarEntryView.class, type = SchemaType.ARRAY)),
            @Content(mediaType = CalendarIcs.TEXT_CALENDAR, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response agreementCalendar(@PathParam("id") UUID id,
                                      @Parameter(description = "ics for iCalendar, whatever Accept says")
                                      @QueryParam("format") CalendarFormat format,
                                      @Context HttpHeaders headers) {
        var entries = service.ofAgreement(id, caller.actor());
        if (CalendarIcs.wanted(format, headers)) {
            return ics.response("calendar.ics.agreement-name", entries, headers);
        }
        return Response.ok(entries.stream().map(CalendarMapper::view).toList(), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
