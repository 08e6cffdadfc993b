package org.hamyar.beneficiaries.report;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hamyar.beneficiaries.aid.Aid;
import org.hamyar.beneficiaries.overlap.Conflict;

/**
 * Keeps what the overlap report is built from (table {@code overlap_detection}, V12): each pair of
 * aid records of two agencies that the rules found overlapping when the later one was recorded —
 * with a warning, or a block a coordinator overrode. Called in the grant's transaction, one
 * statement for all of the aid's pairs.
 */
@ApplicationScoped
public class OverlapDetections {

    private final EntityManager entities;

    OverlapDetections(EntityManager entities) {
        this.entities = entities;
    }

    /** @param recorded the conflicts the aid was recorded with (warnings, and overridden blocks) */
    public void record(Aid aid, List<Conflict> recorded) {
        List<Conflict> across = recorded.stream()
                .filter(c -> !c.recorded().providerOrganizationId().equals(aid.providerOrganizationId))
                .toList();
        if (across.isEmpty()) {
            return;
        }
        // the aid's row first: the detections reference it
        entities.flush();
        entities.createNativeQuery("""
                        insert into overlap_detection (aid_id, overlapped_aid_id, household_id, category, province_code, county,
                            period_start, period_end, provider_organization_id, overlapped_provider_organization_id, outcome,
                            detected_at)
                        select ?1, d.aid_id, ?2, ?3, ?4, ?5, ?6, ?7, ?8, d.provider_id, d.outcome, ?9
                        from unnest(cast(?10 as uuid[]), cast(?11 as uuid[]), cast(?12 as text[])) as d (aid_id, provider_id, outcome)
                        on conflict do nothing""")
                .setParameter(1, aid.id)
                .setParameter(2, aid.householdId)
                .setParameter(3, aid.category.name())
                .setParameter(4, aid.provinceCode)
                .setParameter(5, aid.county)
                .setParameter(6, aid.periodStart)
                .setParameter(7, aid.periodEnd)
                .setParameter(8, aid.providerOrganizationId)
                .setParameter(9, aid.recordedAt)
                .setParameter(10, across.stream().map(c -> c.recorded().aidId().toString()).toArray(String[]::new))
                .setParameter(11, across.stream().map(c -> c.recorded().providerOrganizationId().toString()).toArray(String[]::new))
                .setParameter(12, across.stream().map(c -> c.outcome().name()).toArray(String[]::new))
                .executeUpdate();
    }
}
