package org.hamyar.agreements.calendar.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hamyar.agreements.agreement.Agreement;
import org.hamyar.agreements.agreement.service.AgreementAccess;
import org.hamyar.agreements.calendar.CalendarItem;
import org.hamyar.agreements.calendar.CalendarPeriod;
import org.hamyar.agreements.calendar.repository.CalendarEntryRepository;
import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.params.ConventionsParamConverters;
import org.hamyar.api.security.Actor;
import org.hamyar.standards.Province;

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
    public List<CalendarItem> ofAgreement(UUID agreementId, Actor actor) {
        Agreement agreement = access.readable(agreementId, actor);
        return agreement.calendar().stream().map(CalendarItem::of).toList();
    }

    /**
     * The network calendar between {@code from} (default today) and {@code to} (default a year later).
     *
     * @throws org.hamyar.api.problem.DomainProblem 400 {@code invalid-parameter} naming {@code to} when the
     *                                              period ends before it starts or is longer than {@value #MAX_DAYS} days
     */
    @Transactional
    public CalendarPeriod network(LocalDate from, LocalDate to, Province province, UUID organization, PageRequest page) {
        LocalDate start = from == null ? LocalDate.now(clock) : from;
        LocalDate end = to == null ? start.plusYears(1) : to;
        if (end.isBefore(start)) {
            throw ConventionsParamConverters.invalid("to", "{calendar.to-before-from}");
        }
        if (ChronoUnit.DAYS.between(start, end) > MAX_DAYS) {
            throw ConventionsParamConverters.invalid("to", "{calendar.range-too-long}", MAX_DAYS);
        }
        var found = entries.network(new CalendarEntryRepository.Filter(start, end, province, organization),
                page.page(), page.size());
        return new CalendarPeriod(start, end, Page.of(found.items().stream().map(CalendarItem::of).toList(), page,
                found.total()));
    }

    /** The whole period of the network calendar (up to {@value #MAX_ICS_ENTRIES} entries), for an iCalendar subscription. */
    @Transactional
    public List<CalendarItem> networkForSubscription(LocalDate from, LocalDate to, Province province, UUID organization) {
        var all = new ArrayList<CalendarItem>();
        for (int page = 0; all.size() < MAX_ICS_ENTRIES; page++) {
            var slice = network(from, to, province, organization, new PageRequest(page, PageRequest.MAX_SIZE)).entries();
            all.addAll(slice.items());
            if (slice.items().size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        return all;
    }
}
