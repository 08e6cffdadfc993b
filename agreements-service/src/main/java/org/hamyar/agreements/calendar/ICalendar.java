package org.hamyar.agreements.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * Writes calendar entries as an RFC 5545 iCalendar stream that calendar apps subscribe to.
 * Entries are whole days ({@code DTSTART;VALUE=DATE}); {@code DTEND} is exclusive, so a festival
 * held on 15–20 Esfand ends on the 21st. Lines end with CRLF and are folded at 75 octets without
 * splitting a UTF-8 character, so Persian text survives any conforming reader.
 */
public final class ICalendar {

    /** One all-day entry. {@code lastDay} is inclusive, as people say it. */
    public record Event(String uid, LocalDate firstDay, LocalDate lastDay, String summary, String description,
                        String category) {

        public Event {
            Objects.requireNonNull(uid, "uid");
            Objects.requireNonNull(firstDay, "firstDay");
            Objects.requireNonNull(summary, "summary");
            lastDay = lastDay == null ? firstDay : lastDay;
            if (lastDay.isBefore(firstDay)) {
                throw new IllegalArgumentException("an event cannot end before it starts: " + uid);
            }
        }
    }

    static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    /**
     * @param name  the calendar's display name ({@code X-WR-CALNAME})
     * @param stamp when this rendering was made ({@code DTSTAMP} of every event)
     */
    public static String render(String name, Instant stamp, List<Event> events) {
        var out = new StringBuilder(256 + events.size() * 256);
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Hamyar//agreements-service//FA");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(name));
        for (Event event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + event.uid());
            line(out, "DTSTAMP:" + STAMP.format(stamp));
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(event.firstDay()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(event.lastDay().plusDays(1)));
            line(out, "SUMMARY:" + escape(event.summary()));
            if (event.description() != null && !event.description().isBlank()) {
                line(out, "DESCRIPTION:" + escape(event.description()));
            }
            if (event.category() != null) {
                line(out, "CATEGORIES:" + escape(event.category()));
            }
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** TEXT escaping of RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks. */
    static String escape(String text) {
        var out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    // a CRLF pair becomes one \n; a lone CR too
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        out.append("\\n");
                    }
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Appends a content line folded at 75 octets (RFC 5545 §3.1): each continuation starts with
     * one space, which counts toward its 75. Cuts fall between code points only.
     */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = utf8Length(cp);
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append(CRLF);
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
