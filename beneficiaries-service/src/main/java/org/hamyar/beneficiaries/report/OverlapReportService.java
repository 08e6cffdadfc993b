package org.hamyar.beneficiaries.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.security.Actor;
import org.hamyar.beneficiaries.access.ReadLog;
import org.hamyar.beneficiaries.access.RecordAccess;

/**
 * The overlap report, what a coordination committee looks at (docs/product.md §4): households served
 * by more than one agency in the same category and period. An organisation sees the overlaps of its
 * own aid ({@link OverlapCase} says what of them it is shown); an auditor sees the network. A
 * household shown to a reader that did not register it is a logged read, one statement per page.
 */
@ApplicationScoped
public class OverlapReportService {

    private final OverlapReportRepository report;
    private final RecordAccess access;
    private final ReadLog readLog;

    OverlapReportService(OverlapReportRepository report, RecordAccess access, ReadLog readLog) {
        this.report = report;
        this.access = access;
        this.readLog = readLog;
    }

    /** @param filter its {@code involving} is ignored: the reader decides it */
    @Transactional
    public Page<OverlapCase> cases(Actor actor, OverlapReportRepository.Filter filter, PageRequest page) {
        OverlapCase.Reader reader = reader(actor);
        OverlapReportRepository.Filter scoped = scoped(reader, filter);
        Page<UUID> ids = report.cases(scoped, page);
        return new Page<>(view(actor, reader, scoped, ids.items()), ids.page(), ids.size(), ids.total());
    }

    /** The report for a file: its first {@code limit} cases, and how many there are in all. */
    @Transactional
    public Export export(Actor actor, OverlapReportRepository.Filter filter, int limit) {
        OverlapCase.Reader reader = reader(actor);
        OverlapReportRepository.Filter scoped = scoped(reader, filter);
        return new Export(view(actor, reader, scoped, report.caseIds(scoped, 0, limit)), report.countCases(scoped));
    }

    public record Export(List<OverlapCase> cases, long total) {
    }

    private List<OverlapCase> view(Actor actor, OverlapCase.Reader reader, OverlapReportRepository.Filter scoped, List<UUID> ids) {
        Map<UUID, List<OverlapReportRepository.Pair>> pairs = report.pairs(ids, scoped.involving()).stream()
                .collect(Collectors.groupingBy(OverlapReportRepository.Pair::aidId, LinkedHashMap::new, Collectors.toList()));
        Map<UUID, List<UUID>> registrants = report.registrants(
                pairs.values().stream().map(p -> p.getFirst().householdId()).collect(Collectors.toSet()));
        // a case listed by the count has a standing pair; one revoked between the two queries drops out of the page
        List<OverlapCase> cases = ids.stream().filter(pairs::containsKey)
                .map(id -> {
                    List<OverlapReportRepository.Pair> of = pairs.get(id);
                    return OverlapCase.of(reader, of, registrants.getOrDefault(of.getFirst().householdId(), List.of()));
                })
                .toList();
        readLog.households(actor, cases.stream().filter(OverlapCase::logged).map(OverlapCase::householdId).toList());
        return cases;
    }

    /**
     * Counts per province, county and category of the overlaps the reader may see in the report:
     * an organisation's count only those of its own aid, so that a count reveals nothing the list
     * would not (overlaps between two other agencies are not counted for it); an auditor's the network.
     */
    @Transactional
    public List<OverlapReportRepository.Count> counts(Actor actor, OverlapReportRepository.Filter filter) {
        return report.counts(scoped(reader(actor), filter));
    }

    private OverlapCase.Reader reader(Actor actor) {
        Set<UUID> partners = access.partners(actor);
        if (actor.auditsNetwork()) {
            return new OverlapCase.Reader(actor.organizationIfAny().orElse(null), partners, true);
        }
        return new OverlapCase.Reader(actor.organization(), partners, false);
    }

    private static OverlapReportRepository.Filter scoped(OverlapCase.Reader reader, OverlapReportRepository.Filter f) {
        return new OverlapReportRepository.Filter(reader.network() ? null : reader.organization(), f.provinceCode(),
                f.county(), f.category(), f.from(), f.to());
    }
}
