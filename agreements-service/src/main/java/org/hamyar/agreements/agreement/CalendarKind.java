package org.hamyar.agreements.agreement;

/** What an entry of an agreement's executive calendar is. */
public enum CalendarKind {
    FESTIVAL, CAMPAIGN, MEETING, OTHER
}
