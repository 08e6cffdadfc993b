package org.hamyar.agreements.calendar.rest;

import org.hamyar.agreements.calendar.CalendarItem;
import org.hamyar.agreements.calendar.CalendarPeriod;

/** Calendar entries as the API shows them in JSON. */
final class CalendarMapper {

    private CalendarMapper() {
    }

    static CalendarEntryView view(CalendarItem entry) {
        return new CalendarEntryView(entry.id(), entry.agreementId(), entry.agreementTitle(), entry.title(), entry.kind(),
                entry.startDate(), entry.endDate(), entry.provinces(), entry.description());
    }

    static CalendarPage page(CalendarPeriod period) {
        var entries = period.entries();
        return new CalendarPage(period.from(), period.to(), entries.items().stream().map(CalendarMapper::view).toList(),
                entries.page(), entries.size(), entries.total());
    }
}
