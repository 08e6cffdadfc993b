package org.hamyar.agreements.calendar.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.hamyar.agreements.calendar.CalendarItem;
import org.hamyar.agreements.calendar.ICalendar;
import org.hamyar.api.problem.ProblemTexts;
import org.hamyar.standards.Dates;

/**
 * The calendars as RFC 5545 iCalendar for calendar apps: when a request asks for it, and the
 * response with the calendar's name and each entry's Jalali period in the caller's language
 * ({@code Accept-Language}).
 */
@ApplicationScoped
class CalendarIcs {

    static final String TEXT_CALENDAR = "text/calendar";
    private static final String ICS_TYPE = TEXT_CALENDAR + ";charset=UTF-8";

    private final Clock clock;

    CalendarIcs(Clock clock) {
        this.clock = clock;
    }

    /** {@code ?format=ics}, or an Accept header that names text/calendar before (or without) JSON. */
    static boolean wanted(CalendarFormat format, HttpHeaders headers) {
        if (format != null) {
            return format == CalendarFormat.ICS;
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

    /** @param nameKey the bundle key of the calendar's name ({@code X-WR-CALNAME}) */
    Response response(String nameKey, List<CalendarItem> entries, HttpHeaders headers) {
        Locale locale = ProblemTexts.locale(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        var events = entries.stream().map(entry -> new ICalendar.Event(entry.id() + "@hamyar", entry.startDate(),
                entry.endDate(), entry.title(), description(entry, locale), entry.kind().name())).toList();
        String name = ProblemTexts.message(locale, nameKey, "Hamyar executive calendar");
        return Response.ok(ICalendar.render(name, clock.instant(), events), ICS_TYPE)
                .header("Content-Disposition", "inline; filename=\"hamyar-calendar.ics\"")
                .build();
    }

    private static String description(CalendarItem entry, Locale locale) {
        String period = ProblemTexts.message(locale, "calendar.ics.jalali-period", "{0} to {1} (Solar Hijri)",
                Dates.jalali(entry.startDate()), Dates.jalali(entry.endDate()));
        var text = new StringBuilder(entry.agreementTitle()).append('\n').append(period);
        if (entry.description() != null && !entry.description().isBlank()) {
            text.append('\n').append(entry.description());
        }
        return text.toString();
    }
}
