package org.hamyar.agreements.calendar.rest;

/** {@code ?format=}: JSON, or iCalendar whatever the Accept header says. */
public enum CalendarFormat {
    JSON, ICS
}
