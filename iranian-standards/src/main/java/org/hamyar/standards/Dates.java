package org.hamyar.standards;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Reading dates that users type in either calendar, and writing the Jalali form beside ISO dates. */
public final class Dates {

    /**
     * Years below this are Jalali: the Jalali year is about 621 lower than the Gregorian one, so
     * 1700 AP lies centuries ahead while 1700 AD lies centuries behind any date this system holds.
     */
    private static final int FIRST_GREGORIAN_YEAR = 1700;

    private Dates() {
    }

    /**
     * Reads an ISO date ({@code 2024-03-20}) or a Jalali date ({@code 1403-01-01},
     * {@code ۱۴۰۳/۱/۱}); a year below 1700 means Jalali. Any digit script, {@code -} or {@code /}.
     *
     * @throws DateTimeException saying what is wrong
     */
    public static LocalDate parseIsoOrJalali(String s) {
        DateText.Parts parts = DateText.split(s);
        if (parts.year() < FIRST_GREGORIAN_YEAR) {
            return new JalaliDate(parts.year(), parts.month(), parts.day()).toGregorian();
        }
        try {
            return LocalDate.of(parts.year(), parts.month(), parts.day());
        } catch (DateTimeException e) {
            throw new DateTimeException("Date '" + s + "' is not a valid Gregorian date: " + e.getMessage(), e);
        }
    }

    /** The Jalali form of a Gregorian date, such as {@code 1403-01-01}. */
    public static String jalali(LocalDate date) {
        return JalaliDate.of(date).toString();
    }
}
