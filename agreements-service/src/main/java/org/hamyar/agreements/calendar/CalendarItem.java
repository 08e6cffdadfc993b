package org.hamyar.agreements.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hamyar.agreements.agreement.CalendarEntry;
import org.hamyar.agreements.agreement.CalendarKind;

/**
 * An entry of a joint executive calendar with the agreement it belongs to, as the calendars list it.
 *
 * @param endDate the last day, inclusive
 */
public record CalendarItem(UUID id, UUID agreementId, String agreementTitle, String title, CalendarKind kind,
                           LocalDate startDate, LocalDate endDate, List<String> provinces, String description) {

    public CalendarItem {
        provinces = List.copyOf(provinces);
    }

    /** Read inside the transaction that loaded the entry (its agreement may be a lazy reference). */
    public static CalendarItem of(CalendarEntry entry) {
        return new CalendarItem(entry.id(), entry.agreement().id(), entry.agreement().title(), entry.title(),
                entry.kind(), entry.startDate(), entry.endDate(), entry.provinces(), entry.description());
    }
}
