package org.hamyar.agreements.calendar.mapping;

import org.hamyar.agreements.calendar.CalendarEntry;
import org.hamyar.agreements.calendar.rest.CalendarEntryView;

public final class CalendarMapper {

    private CalendarMapper() {
    }

    public static CalendarEntryView view(CalendarEntry entry) {
        return new CalendarEntryView(entry.id(), entry.agreement().id(), entry.agreement().title(), entry.title(),
                entry.kind(), entry.startDate(), entry.endDate(), entry.provinces(), entry.description());
    }
}
