package org.hamyar.beneficiaries.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.beneficiaries.aid.AidCategory;

/**
 * The overlap report in SQL, over {@code overlap_detection} (V12). A case is one detected aid (the
 * later of the pairs) with the other agencies' aid it overlaps; a case or pair whose aid was revoked
 * since is no longer an overlap. Plans: an organisation's cases are the union of two index ranges
 * ({@code overlap_detection_provider}, {@code overlap_detection_overlapped_provider}), a province's
 * {@code overlap_detection_place}, the network's {@code overlap_detection_period}; the aid rows are
 * read by primary key.
 */
@ApplicationScoped
public class OverlapReportRepository {

    private final EntityManager entities;

    OverlapReportRepository(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * What the report is narrowed to; every field may be null.
     *
     * @param involving only cases where this organisation's aid is one of the pair (null: the network)
     * @param from      cases whose detected aid's period reaches this day
     * @param to        cases whose detected aid's period starts on or before this day
     */
    public record Filter(UUID involving, String provinceCode, String county, AidCategory category, LocalDate from,
                         LocalDate to) {
    }

    /** One pair of a case: the detected aid and one aid of another agency it overlaps. */
    public record Pair(UUID aidId, UUID householdId, AidCategory category, String provinceCode, String county,
                       LocalDate periodStart, LocalDate periodEnd, UUID provider, Instant detectedAt,
                       UUID overlappedAidId, LocalDate overlappedPeriodStart, LocalDate overlappedPeriodEnd,
                       UUID overlappedProvider, String outcome) {
    }

    /** Counts of one place and category. */
    public record Count(String provinceCode, String county, AidCategory category, long cases, long households,
                        long warnings, long overriddenBlocks) {
    }

    /** The page's detected aid ids, newest period first, and the number of cases. */
    public Page<UUID> cases(Filter filter, PageRequest page) {
        return Page.of(caseIds(filter, page.offset(), page.size()), page, countCases(filter));
    }

    /** Detected aid ids, newest period first, from {@code offset}: one range of the indexes above, grouped. */
    @SuppressWarnings("unchecked")
    public List<UUID> caseIds(Filter filter, long offset, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        var items = entities.createNativeQuery("select d.aid_id" + where(filter, parameters)
                + " group by d.aid_id, d.period_start order by d.period_start desc, d.aid_id desc limit :limit offset :offset",
                UUID.class);
        parameters.forEach(items::setParameter);
        items.setParameter("limit", limit);
        items.setParameter("offset", offset);
        return items.getResultList();
    }

    public long countCases(Filter filter) {
        Map<String, Object> parameters = new HashMap<>();
        var count = entities.createNativeQuery("select count(distinct d.aid_id)" + where(filter, parameters), Long.class);
        parameters.forEach(count::setParameter);
        return ((Number) count.getSingleResult()).longValue();
    }

    /**
     * The standing pairs of these cases, in one query: all of them, or only those where the
     * organisation {@code involving} gave one of the two (an organisation sees the overlaps of its own aid).
     */
    @SuppressWarnings("unchecked")
    public List<Pair> pairs(Collection<UUID> caseIds, UUID involving) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        var query = entities.createNativeQuery("""
                        select d.aid_id, d.household_id, d.category, d.province_code, d.county, d.period_start, d.period_end,
                               d.provider_organization_id, d.detected_at, d.overlapped_aid_id, o.period_start, o.period_end,
                               d.overlapped_provider_organization_id, d.outcome
                        from overlap_detection d join aid o on o.id = d.overlapped_aid_id
                        where d.aid_id in (:cases) and o.status <> 'REVOKED'"""
                        + (involving == null ? "" : " and (d.provider_organization_id = :involving"
                        + " or d.overlapped_provider_organization_id = :involving)")
                        + " order by d.aid_id, o.period_start, d.overlapped_aid_id", Object[].class)
                .setParameter("cases", caseIds);
        if (involving != null) {
            query.setParameter("involving", involving);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(c -> new Pair((UUID) c[0], (UUID) c[1], AidCategory.valueOf((String) c[2]),
                ((String) c[3]).strip(), (String) c[4], date(c[5]), date(c[6]), (UUID) c[7], instant(c[8]), (UUID) c[9],
                date(c[10]), date(c[11]), (UUID) c[12], (String) c[13])).toList();
    }

    /** Counts per province, county and category of the cases the filter selects: no household, no agency. */
    @SuppressWarnings("unchecked")
    public List<Count> counts(Filter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        var query = entities.createNativeQuery("select d.province_code, d.county, d.category, count(distinct d.aid_id),"
                + " count(distinct d.household_id), count(*) filter (where d.outcome = 'WARN'),"
                + " count(*) filter (where d.outcome = 'BLOCK')" + where
                + " group by d.province_code, d.county, d.category order by d.province_code, d.county, d.category",
                Object[].class);
        parameters.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(c -> new Count(((String) c[0]).strip(), (String) c[1], AidCategory.valueOf((String) c[2]),
                ((Number) c[3]).longValue(), ((Number) c[4]).longValue(), ((Number) c[5]).longValue(),
                ((Number) c[6]).longValue())).toList();
    }

    /** The organisations that registered each of these households, in one query. */
    @SuppressWarnings("unchecked")
    public Map<UUID, List<UUID>> registrants(Collection<UUID> householdIds) {
        Map<UUID, List<UUID>> registrants = new HashMap<>();
        if (householdIds.isEmpty()) {
            return registrants;
        }
        List<Object[]> rows = entities.createNativeQuery(
                        "select household_id, organization_id from household_registration where household_id in (:households)",
                        Object[].class)
                .setParameter("households", householdIds)
                .getResultList();
        rows.forEach(r -> registrants.computeIfAbsent((UUID) r[0], k -> new java.util.ArrayList<>()).add((UUID) r[1]));
        return registrants;
    }

    private static String where(Filter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" from overlap_detection d join aid a on a.id = d.aid_id"
                + " join aid o on o.id = d.overlapped_aid_id where a.status <> 'REVOKED' and o.status <> 'REVOKED'");
        if (filter.involving() != null) {
            where.append(" and (d.provider_organization_id = :involving or d.overlapped_provider_organization_id = :involving)");
            parameters.put("involving", filter.involving());
        }
        condition(where, parameters, "d.province_code = :province", "province", filter.provinceCode());
        condition(where, parameters, "d.county = :county", "county", filter.county());
        condition(where, parameters, "d.category = :category", "category", filter.category() == null ? null : filter.category().name());
        condition(where, parameters, "coalesce(d.period_end, d.period_start) >= :from", "from", filter.from());
        condition(where, parameters, "d.period_start <= :to", "to", filter.to());
        return where.toString();
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, String sql, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(sql);
            parameters.put(name, value);
        }
    }

    private static LocalDate date(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate d -> d;
            case java.sql.Date d -> d.toLocalDate();
            default -> throw new IllegalStateException("date " + value.getClass());
        };
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case java.time.OffsetDateTime o -> o.toInstant();
            case java.sql.Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("timestamp " + value.getClass());
        };
    }
}
