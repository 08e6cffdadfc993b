package org.hamyar.beneficiaries.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.security.Actor;
import org.hamyar.beneficiaries.audit.repository.ReadLogRepository;

/**
 * Who read an organisation's records (docs/product.md §2): the organisations that registered a
 * person or household list the reads of it by anyone else; an auditor lists the whole log. The
 * listing shows ids only, so listing is not itself a logged read.
 */
@ApplicationScoped
public class ReadLog {

    private final ReadLogRepository log;
    private final Clock clock;

    ReadLog(ReadLogRepository log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /**
     * @param from the first day (in the service's zone, Iran's) of the reads listed, or null
     * @param to   the last day, or null
     */
    @Transactional
    public Page<ReadLogRepository.Entry> list(Actor actor, LocalDate from, LocalDate to, java.util.UUID reader,
                                              java.util.UUID personId, java.util.UUID householdId, PageRequest page) {
        ZoneId zone = clock.getZone();
        ReadLogRepository.Filter filter = new ReadLogRepository.Filter(
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(),
                reader, personId, householdId);
        return log.list(actor.auditsNetwork() ? null : actor.organization(), filter, page);
    }
}
