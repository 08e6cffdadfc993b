package org.hamyar.api.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import org.hamyar.standards.Dates;

/**
 * The Jalali form written beside a date: {@code 1403-01-01}; a date-time keeps its ISO shape with a
 * Jalali date part: {@code 1403-01-01T10:15:30+03:30}. An {@link Instant} is shown in Iran's time
 * zone, an {@link OffsetDateTime} or {@link ZonedDateTime} in its own offset.
 */
public final class JalaliText {

    /** Iran's time zone, in which an instant is read by people in Iran. */
    public static final ZoneId IRAN = ZoneId.of("Asia/Tehran");

    static final Set<Class<?>> DATE_TYPES = Set.of(LocalDate.class, LocalDateTime.class, OffsetDateTime.class,
            ZonedDateTime.class, Instant.class);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("XXX");

    private JalaliText() {
    }

    /** The Jalali text of a date or date-time, or null when the value is not one or lies outside the Jalali range. */
    public static String of(Object value) {
        try {
            return switch (value) {
                case LocalDate date -> Dates.jalali(date);
                case LocalDateTime dateTime -> Dates.jalali(dateTime.toLocalDate()) + "T" + time(dateTime.toLocalTime());
                case OffsetDateTime dateTime -> withOffset(dateTime.toZonedDateTime());
                case ZonedDateTime dateTime -> withOffset(dateTime);
                case Instant instant -> withOffset(instant.atZone(IRAN));
                case null, default -> null;
            };
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    private static String withOffset(ZonedDateTime dateTime) {
        return Dates.jalali(dateTime.toLocalDate()) + "T" + time(dateTime.toLocalTime()) + OFFSET.format(dateTime);
    }

    private static String time(LocalTime time) {
        return TIME.format(time);
    }
}
