package org.hamyar.agreements.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ICalendarTest {

    private static final Instant STAMP = Instant.parse("2026-11-22T07:30:00Z");
    private static final ICalendar.Event NIKOUKARI = new ICalendar.Event(
            "4f8a7c1e-0000-4000-8000-000000000001@hamyar", LocalDate.of(2027, 3, 6), LocalDate.of(2027, 3, 11),
            "جشن نیکوکاری، کمیته امداد; قزوین", "جمع‌آوری کمک‌های مردمی برای خانواده‌های نیازمند پیش از نوروز\nاستان قزوین",
            "FESTIVAL");

    @Test
    void aConformingReaderParsesTheFestivalWithPersianTextIntact() throws Exception {
        String ics = ICalendar.render("تقویم اجرایی مشترک", STAMP, List.of(NIKOUKARI));

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        VEvent event = events.getFirst();
        assertThat(value(event, Property.UID)).isEqualTo(NIKOUKARI.uid());
        assertThat(value(event, Property.SUMMARY)).isEqualTo("جشن نیکوکاری، کمیته امداد; قزوین");
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo(NIKOUKARI.description());
        assertThat(value(event, Property.DTSTART)).isEqualTo("20270306");
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter(Parameter.VALUE).orElseThrow().getValue())
                .isEqualTo("DATE");
        assertThat(value(event, Property.DTEND)).as("DTEND is exclusive: the day after the last day").isEqualTo("20270312");
        assertThat(value(event, Property.DTSTAMP)).isEqualTo("20261122T073000Z");
        assertThat(value(event, Property.CATEGORIES)).isEqualTo("FESTIVAL");
    }

    @Test
    void linesEndWithCrlfAndNoneIsLongerThan75Octets() {
        String ics = ICalendar.render("تقویم", STAMP, List.of(NIKOUKARI));

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(Arrays.stream(ics.split("\r\n")))
                .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(ics).contains("DTSTART;VALUE=DATE:20270306\r\n").contains("DTEND;VALUE=DATE:20270312\r\n");
    }

    @Test
    void textIsEscaped() {
        assertThat(ICalendar.escape("a,b;c\\d\ne\r\nf")).isEqualTo("a\\,b\\;c\\\\d\\ne\\nf");
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsNeverCutInTwo() throws Exception {
        String summary = "جشن عاطفه‌ها 🎒".repeat(12);
        var event = new ICalendar.Event("e@hamyar", LocalDate.of(2026, 9, 22), null, summary, null, null);
        String ics = ICalendar.render("c", STAMP, List.of(event));
        VEvent parsed = new CalendarBuilder().build(new StringReader(ics)).<VEvent>getComponents(Component.VEVENT).getFirst();
        assertThat(value(parsed, Property.SUMMARY)).isEqualTo(summary);
    }

    @Test
    void aOneDayEventEndsTheNextDay() {
        var meeting = new ICalendar.Event("m@hamyar", LocalDate.of(2026, 12, 1), null, "جلسه کمیته مشترک", null, "MEETING");
        assertThat(ICalendar.render("c", STAMP, List.of(meeting)))
                .contains("DTSTART;VALUE=DATE:20261201\r\n").contains("DTEND;VALUE=DATE:20261202\r\n")
                .doesNotContain("DESCRIPTION");
    }

    @net.jqwik.api.Property(tries = 300)
    void foldingNeverSplitsACharacterAndUnfoldingRestoresTheText(@ForAll("mixedText") String summary) throws Exception {
        var event = new ICalendar.Event("p@hamyar", LocalDate.of(2026, 3, 21), null, summary, null, null);
        String ics = ICalendar.render("c", STAMP, List.of(event));

        assertThat(Arrays.stream(ics.split("\r\n")))
                .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        VEvent parsed = new CalendarBuilder().build(new StringReader(ics)).<VEvent>getComponents(Component.VEVENT).getFirst();
        assertThat(value(parsed, Property.SUMMARY)).isEqualTo(summary);
    }

    @Provide
    Arbitrary<String> mixedText() {
        return Arbitraries.strings()
                .withChars("abc XYZ09,;\\:")
                .withCharRange('\u0600', '\u06FF')
                .withChars("\u200C")
                .ofMinLength(1).ofMaxLength(300)
                .filter(s -> !s.isBlank() && !s.startsWith(" ") && !s.endsWith(" "));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }
}
