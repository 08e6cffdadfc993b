package org.hamyar.beneficiaries.aid.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
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
     * The recorded, unrevoked aid the window asks for, in one statement. A personal rule reads one
     * range of {@code aid_person_category_start}; a household rule one range of
     * {@code aid_household_category_start} per household (the household and those its members
     * came from) and one of {@code aid_person_category_start} per member (their aid outside any
     * household).
     *
     * @param householdIds the households a household rule reads
     * @param members      the persons whose aid outside any household a household rule reads
     */
    public List<RecordedAid> candidates(CandidateWindow window, Collection<UUID> householdIds, Collection<UUID> members,
                                        UUID personId) {
        String range = " and a.category = :category and a.status <> 'REVOKED'"
                + (window.startsOnOrBefore() != null ? " and a.period_start <= :to" : "")
                + (window.lastDayOnOrAfter() != null ? " and coalesce(a.period_end, a.period_start) >= :from" : "");
        String sql;
        Map<String, Object> parameters = new HashMap<>();
        if (window.subject() == AidCategory.Subject.PERSON) {
            sql = "select a.* from aid a where a.person_id = :person" + range;
            parameters.put("person", personId);
        } else {
            sql = "select a.* from aid a where a.household_id = any(cast(:households as uuid[]))" + range
                    + " union all select a.* from aid a where a.person_id = any(cast(:members as uuid[]))"
                    + " and a.household_id is null" + range;
            parameters.put("households", householdIds.stream().map(UUID::toString).toArray(String[]::new));
            parameters.put("members", members.stream().map(UUID::toString).toArray(String[]::new));
        }
        parameters.put("category", window.category().name());
        if (window.startsOnOrBefore() != null) {
            parameters.put("to", window.startsOnOrBefore());
        }
        if (window.lastDayOnOrAfter() != null) {
            parameters.put("from", window.lastDayOnOrAfter());
        }
        var query = getEntityManager().createNativeQuery(sql, Aid.class);
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Aid> rows = query.getResultList();
        return rows.stream().map(Aid::recorded).toList();
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

    /**
     * What an aid list is narrowed to; every field may be null (no filter).
     *
     * @param from aid whose period (its last day: {@code coalesce(period_end, period_start)}) reaches it
     * @param to   aid whose period starts on or before it
     */
    public record Filter(AidCategory category, UUID provider, LocalDate from, LocalDate to, AidStatus status,
                         UUID householdId, UUID personId) {
    }

    /**
     * A page of aid, newest period first, in one query and one count. {@code organizations} null:
     * the whole network; otherwise aid those organisations gave to households one of them
     * registered (index {@code aid_provider_start}, then {@code household_registration}'s key).
     */
    public Page<Aid> list(Filter filter, Set<UUID> organizations, PageRequest page) {
        StringBuilder where = new StringBuilder(" from aid a where true");
        Map<String, Object> parameters = new HashMap<>();
        condition(where, parameters, "a.category = :category", "category", filter.category() == null ? null : filter.category().name());
        condition(where, parameters, "a.provider_organization_id = :provider", "provider", filter.provider());
        condition(where, parameters, "coalesce(a.period_end, a.period_start) >= :from", "from", filter.from());
        condition(where, parameters, "a.period_start <= :to", "to", filter.to());
        condition(where, parameters, "a.status = :status", "status", filter.status() == null ? null : filter.status().name());
        condition(where, parameters, "a.household_id = :household", "household", filter.householdId());
        condition(where, parameters, "a.person_id = :person", "person", filter.personId());
        if (organizations != null) {
            where.append(" and a.provider_organization_id in (:organizations) and (exists (select 1 from household_registration r"
                    + " where r.household_id = a.household_id and r.organization_id in (:organizations))"
                    // aid to a person outside any household: the person's registrations
                    + " or a.household_id is null and exists (select 1 from person_registration p"
                    + " where p.person_id = a.person_id and p.organization_id in (:organizations)))");
            parameters.put("organizations", organizations);
        }
        var items = getEntityManager().createNativeQuery(
                "select a.*" + where + " order by a.period_start desc, a.id desc limit :limit offset :offset", Aid.class);
        var count = getEntityManager().createNativeQuery("select count(*)" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        items.setParameter("limit", page.size());
        items.setParameter("offset", (long) page.page() * page.size());
        @SuppressWarnings("unchecked")
        List<Aid> rows = items.getResultList();
        return Page.of(rows, page, ((Number) count.getSingleResult()).longValue());
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, String sql, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(sql);
            parameters.put(name, value);
        }
    }
}
