package org.hamyar.agreements.calendar;

import java.time.LocalDate;

import org.hamyar.api.paging.Page;

/** A page of the network calendar between two days, both inclusive. */
public record CalendarPeriod(LocalDate from, LocalDate to, Page<CalendarItem> entries) {
}
