package org.hamyar.agreements.commitment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hamyar.agreements.commitment.ProgressReport;

@ApplicationScoped
public class ProgressReportRepository implements PanacheRepositoryBase<ProgressReport, UUID> {

    /** How often and how lately each commitment was reported on, in one query. */
    public record Activity(long reports, LocalDate lastReportedOn) {
    }

    public List<ProgressReport> history(UUID commitmentId) {
        return list("commitmentId", Sort.ascending("reportedOn", "recordedAt"), commitmentId);
    }

    public Map<UUID, Activity> activity(Collection<UUID> commitmentIds) {
        if (commitmentIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = getEntityManager().createQuery(
                        "select p.commitmentId, count(p), max(p.reportedOn) from ProgressReport p"
                                + " where p.commitmentId in :ids group by p.commitmentId", Object[].class)
                .setParameter("ids", commitmentIds)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (UUID) r[0],
                r -> new Activity(((Number) r[1]).longValue(), (LocalDate) r[2])));
    }
}
