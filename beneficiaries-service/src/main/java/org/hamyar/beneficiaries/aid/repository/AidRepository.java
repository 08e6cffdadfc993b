package org.hamyar.beneficiaries.aid.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.beneficiaries.aid.Aid;
import org.hamyar.beneficiaries.aid.AidCategory;
import org.hamyar.beneficiaries.aid.AidStatus;
import org.hamyar.beneficiaries.overlap.CandidateWindow;
import org.hamyar.beneficiaries.overlap.RecordedAid;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AidRepository implements PanacheRepositoryBase<Aid, UUID> {

    /**
     * The recorded, unrevoked aid the window asks for: one range of the index
     * {@code aid_household_category_start} or {@code aid_person_category_start}.
     */
    public List<RecordedAid> candidates(CandidateWindow window, UUID householdId, UUID personId) {
        StringBuilder query = new StringBuilder("category = :category and status <> :revoked");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("category", window.category());
        parameters.put("revoked", AidStatus.REVOKED);
        if (window.subject() == AidCategory.Subject.PERSON) {
            query.append(" and personId = :subject");
            parameters.put("subject", personId);
        } else {
            query.append(" and householdId = :subject");
            parameters.put("subject", householdId);
        }
        if (window.startsOnOrBefore() != null) {
            query.append(" and periodStart <= :to");
            parameters.put("to", window.startsOnOrBefore());
        }
        if (window.lastDayOnOrAfter() != null) {
            query.append(" and coalesce(periodEnd, periodStart) >= :from");
            parameters.put("from", window.lastDayOnOrAfter());
        }
        return find(query.toString(), parameters).stream().map(Aid::recorded).toList();
    }

    /**
     * A household's aid, newest period first, of the given category (null: all) from the given
     * providers (null: every provider).
     */
    public PanacheQuery<Aid> ofHousehold(UUID householdId, AidCategory category, Collection<UUID> providers) {
        StringBuilder query = new StringBuilder("householdId = :household");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("household", householdId);
        if (category != null) {
            query.append(" and category = :category");
            parameters.put("category", category);
        }
        if (providers != null) {
            query.append(" and providerOrganizationId in :providers");
            parameters.put("providers", providers);
        }
        return find(query.toString(), Sort.descending("periodStart").and("id", Sort.Direction.Descending), parameters);
    }
}
