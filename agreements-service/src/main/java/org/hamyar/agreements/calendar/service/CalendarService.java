package org.hamyar.agreements.calendar.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.hamyar.agreements.access.Actor;
import org.hamyar.agreements.agreement.Agreement;
import org.hamyar.agreements.agreement.service.AgreementAccess;
import org.hamyar.agreements.calendar.ICalendar;
import org.hamyar.agreements.calendar.mapping.CalendarMapper;
import org.hamyar.agreements.calendar.repository.CalendarEntryRepository;
import org.hamyar.agreements.calendar.rest.CalendarEntryView;
import org.hamyar.agreements.calendar.rest.CalendarPage;
import org.hamyar.agreements.validation.QueryParameters;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.problem.ProblemTexts;
import org.hamyar.standards.Dates;

/** The joint executive calendars: one agreement's, and the network's across agreements. */
@ApplicationScoped
public class CalendarService {

    /** The longest period one request of the network calendar covers. */
    static final int MAX_DAYS = 3 * 366;
    /** An iCalendar subscription gets every entry of the period, up to this many. */
    static final int MAX_ICS_ENTRIES = 5_000;

    private final AgreementAccess access;
    private final CalendarEntryRepository entries;
    private final Clock clock;

    CalendarService(AgreementAccess access, CalendarEntryRepository entries, Clock clock) {
        this.access = access;
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional
    public List<CalendarEntryView> ofAgreement(UUID agreementId, Actor actor) {
        Agreement agreement = access.readable(agreementId, actor);
        return agreement.calendar().stream().map(CalendarMapper::view).toList();
    }

    /** The network calendar between {@code from} (default today) and {@code to} (default a year later). */
    @Transactional
    public CalendarPage network(LocalDate from, LocalDate to, String province, UUID organization, PageRequest page) {
        LocalDate start = from == null ? LocalDate.now(clock) : from;
        LocalDate end = to == null ? start.plusYears(1) : to;
        if (end.isBefore(start)) {
            throw QueryParameters.invalid("to", "calendar.to-before-from");
        }
        if (ChronoUnit.DAYS.between(start, end) > MAX_DAYS) {
            throw QueryParameters.invalid("to", "calendar.range-too-long", MAX_DAYS);
        }
        var found = entries.network(new CalendarEntryRepository.Filter(start, end, province, organization),
                page.page(), page.size());
        return new CalendarPage(start, end, found.items().stream().map(CalendarMapper::view).toList(), page.page(),
                page.size(), found.total());
    }

    /** The whole period of the network calendar (up to {@value #MAX_ICS_ENTRIES} entries), for an iCalendar subscription. */
    @Transactional
    public List<CalendarEntryView> networkForSubscription(LocalDate from, LocalDate to, String province, UUID organization) {
        var all = new ArrayList<CalendarEntryView>();
        for (int page = 0; all.size() < MAX_ICS_ENTRIES; page++) {
            CalendarPage slice = network(from, to, province, organization, new PageRequest(page, PageRequest.MAX_SIZE));
            all.addAll(slice.items());
            if (slice.items().size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        return all;
    }

    /** The entries as iCalendar, names and periods in the caller's language ({@code Accept-Language}). */
    public String ics(String calendarNameKey, List<CalendarEntryView> views, String acceptLanguage) {
        Locale locale = ProblemTexts.locale(acceptLanguage);
        var events = views.stream().map(entry -> new ICalendar.Event(entry.id() + "@hamyar", entry.startDate(),
                entry.endDate(), entry.title(), description(entry, locale), entry.kind().name())).toList();
        String name = ProblemTexts.message(locale, calendarNameKey, "Hamyar executive calendar");
        return ICalendar.render(name, clock.instant(), events);
    }

    private static String description(CalendarEntryView entry, Locale locale) {
        String period = ProblemTexts.message(locale, "calendar.ics.jalali-period", "{0} to {1} (Solar Hijri)",
                Dates.jalali(entry.startDate()), Dates.jalali(entry.endDate()));
        var text = new StringBuilder(entry.agreementTitle()).append('\n').append(period);
        if (entry.description() != null && !entry.description().isBlank()) {
            text.append('\n').append(entry.description());
        }
        return text.toString();
    }
}
