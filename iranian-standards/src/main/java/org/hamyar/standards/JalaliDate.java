package org.hamyar.standards;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A date of the Solar Hijri (Jalali) calendar, the calendar in which Iran writes dates.
 *
 * <p>Months 1–6 have 31 days, months 7–11 have 30, Esfand (12) has 29, or 30 in a leap year.
 * The arithmetic is Kazimierz Borkowski's (1996) algorithm, as used by the jalaali-js library: the
 * leap years follow the astronomical vernal equinox at Tehran, encoded as the years where the
 * 33-year cycle of leap years shifts ("breaks"). It is exact for years 1 to 3177 AP, the range
 * this class accepts. Conversions go through {@link LocalDate} (proleptic Gregorian calendar).
 */
public record JalaliDate(int year, int month, int day) implements Comparable<JalaliDate> {

    public static final int MIN_YEAR = 1;
    public static final int MAX_YEAR = 3177;

    /**
     * Jalali years where the leap-year pattern restarts; the last bounds the algorithm's range.
     * Source: K. Borkowski, "The Persian calendar for 3000 years", Earth, Moon and Planets 74 (1996).
     */
    private static final int[] BREAKS = {
        -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210,
        1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178
    };

    /** Days in the first six months, all of 31 days. */
    private static final int FIRST_HALF_DAYS = 6 * 31;

    private static final List<String[]> MONTH_NAMES = ClasspathCsv.rows("jalali-months.csv", 3);

    public JalaliDate {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new DateTimeException("Jalali year " + year + " is outside the supported range "
                    + MIN_YEAR + " to " + MAX_YEAR);
        }
        if (month < 1 || month > 12) {
            throw new DateTimeException("Jalali month " + month + " is invalid; months run from 1 to 12");
        }
        int length = lengthOfMonth(year, month);
        if (day < 1 || day > length) {
            throw new DateTimeException("Jalali date " + format(year, month, day) + " is invalid: "
                    + MONTH_NAMES.get(month - 1)[1] + " " + year + " has " + length + " days");
        }
    }

    /** The Jalali date of a Gregorian date. */
    public static JalaliDate of(LocalDate gregorian) {
        // The Jalali year starts in March, so a Gregorian year overlaps two Jalali years; clamping
        // keeps January to March of the Gregorian year after MAX_YEAR + 621 convertible.
        int jalaliYear = Math.min(gregorian.getYear() - 621, MAX_YEAR);
        LocalDate nowruz = nowruz(jalaliYear);
        if (gregorian.isBefore(nowruz)) {
            jalaliYear--;
            nowruz = nowruz(jalaliYear);
        }
        int dayOfYear = (int) ChronoUnit.DAYS.between(nowruz, gregorian);
        if (dayOfYear >= (isLeapYear(jalaliYear) ? 366 : 365)) {
            throw new DateTimeException(gregorian + " is after the last supported Jalali year " + MAX_YEAR);
        }
        if (dayOfYear < FIRST_HALF_DAYS) {
            return new JalaliDate(jalaliYear, dayOfYear / 31 + 1, dayOfYear % 31 + 1);
        }
        int rest = dayOfYear - FIRST_HALF_DAYS;
        return new JalaliDate(jalaliYear, rest / 30 + 7, rest % 30 + 1);
    }

    public LocalDate toGregorian() {
        return nowruz(year).plusDays(dayOfYear() - 1L);
    }

    /**
     * Reads {@code 1403-01-01}, {@code 1403/1/1}, {@code ۱۴۰۳/۰۱/۰۱} or {@code ١٤٠٣-١-١}.
     *
     * @throws DateTimeException saying what is wrong: the shape, the month, or the day for that month
     */
    public static JalaliDate parse(String s) {
        DateText.Parts parts = DateText.split(s);
        return new JalaliDate(parts.year(), parts.month(), parts.day());
    }

    public static boolean isLeapYear(int year) {
        return yearInfo(year).leap();
    }

    public static int lengthOfMonth(int year, int month) {
        if (month <= 6) {
            return 31;
        }
        if (month <= 11) {
            return 30;
        }
        return isLeapYear(year) ? 30 : 29;
    }

    public int lengthOfMonth() {
        return lengthOfMonth(year, month);
    }

    /** 1 for 1 Farvardin, up to 365 or 366. */
    public int dayOfYear() {
        return month <= 6 ? (month - 1) * 31 + day : FIRST_HALF_DAYS + (month - 7) * 30 + day;
    }

    public String monthNameFa() {
        return MONTH_NAMES.get(month - 1)[2];
    }

    /** The transliterated month name: Farvardin, Ordibehesht, …, Esfand. */
    public String monthNameEn() {
        return MONTH_NAMES.get(month - 1)[1];
    }

    @Override
    public int compareTo(JalaliDate other) {
        if (year != other.year) {
            return Integer.compare(year, other.year);
        }
        return month != other.month ? Integer.compare(month, other.month) : Integer.compare(day, other.day);
    }

    /** {@code 1403-01-01}: zero-padded, ASCII digits, the form every API uses. */
    @Override
    public String toString() {
        return format(year, month, day);
    }

    private static String format(int year, int month, int day) {
        return String.format("%04d-%02d-%02d", year, month, day);
    }

    /** The Gregorian date of 1 Farvardin of a Jalali year. */
    private static LocalDate nowruz(int jalaliYear) {
        YearInfo info = yearInfo(jalaliYear);
        return LocalDate.of(jalaliYear + 621, 3, info.marchDay());
    }

    /**
     * @param leap     whether the Jalali year has 366 days
     * @param marchDay the day of March (Gregorian year = Jalali year + 621) that is 1 Farvardin
     */
    private record YearInfo(boolean leap, int marchDay) {
    }

    private static YearInfo yearInfo(int jalaliYear) {
        if (jalaliYear < MIN_YEAR || jalaliYear > MAX_YEAR) {
            throw new DateTimeException("Jalali year " + jalaliYear + " is outside the supported range "
                    + MIN_YEAR + " to " + MAX_YEAR);
        }
        // Count the Jalali leap days since the epoch of the break table, one 33-year cycle
        // (8 leap years) at a time, up to the break that starts the cycle containing the year.
        int leapDays = -14;
        int cycleStart = BREAKS[0];
        int jump = 0;
        for (int i = 1; i < BREAKS.length; i++) {
            jump = BREAKS[i] - cycleStart;
            if (jalaliYear < BREAKS[i]) {
                break;
            }
            leapDays += jump / 33 * 8 + jump % 33 / 4;
            cycleStart = BREAKS[i];
        }
        int yearsIntoCycle = jalaliYear - cycleStart;
        leapDays += yearsIntoCycle / 33 * 8 + (yearsIntoCycle % 33 + 3) / 4;
        if (jump % 33 == 4 && jump - yearsIntoCycle == 4) {
            leapDays++;
        }
        // Gregorian leap days up to the same year, so that the difference fixes the March day.
        int gregorianYear = jalaliYear + 621;
        int gregorianLeapDays = gregorianYear / 4 - (gregorianYear / 100 + 1) * 3 / 4 - 150;
        int marchDay = 20 + leapDays - gregorianLeapDays;

        // Near the end of a span between breaks the cycle position is counted from the next break.
        if (jump - yearsIntoCycle < 6) {
            yearsIntoCycle = yearsIntoCycle - jump + (jump + 4) / 33 * 33;
        }
        boolean leap = ((yearsIntoCycle + 1) % 33 - 1) % 4 == 0;
        return new YearInfo(leap, marchDay);
    }
}
