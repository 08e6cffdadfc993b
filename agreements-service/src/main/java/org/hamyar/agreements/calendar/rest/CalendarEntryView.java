package org.hamyar.agreements.calendar.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.agreements.agreement.CalendarKind;

/** A calendar entry with its agreement; startDate and endDate (inclusive) come with their Jalali forms. */
@Schema(name = "CalendarEntry")
public record CalendarEntryView(UUID id, UUID agreementId, String agreementTitle, String title, CalendarKind kind,
                                LocalDate startDate, LocalDate endDate, List<String> provinces, String description) {
}
