package org.hamyar.agreements.calendar.rest;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the network calendar between two days (both with their Jalali forms). */
@Schema(name = "CalendarPage")
public record CalendarPage(LocalDate from, LocalDate to, List<CalendarEntryView> items, int page, int size, long total) {
}
