package org.hamyar.agreements.agreement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hamyar.agreements.agreement.Agreement;
import org.hamyar.agreements.agreement.AgreementCriteria;

@ApplicationScoped
public class AgreementRepository implements PanacheRepositoryBase<Agreement, UUID> {

    /**
     * The filters of {@code GET /api/agreements}.
     *
     * @param viewer         the caller's organisation, null when it has none: drafts are listed only to their parties
     * @param seesAllDrafts  auditors and admins list every draft
     */
    public record Filter(AgreementCriteria criteria, UUID viewer, boolean seesAllDrafts) {
    }

    public record Found(List<Agreement> items, long total) {
    }

    /**
     * The agreement with its row locked until the transaction ends: changes to one agreement (two
     * parties signing at once, a report during an amendment) happen one after the other, and so do
     * the events they publish.
     */
    public Optional<Agreement> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Found search(Filter filter, int page, int size) {
        var where = new StringBuilder(" where true");
        Map<String, Object> parameters = new HashMap<>();
        if (!filter.seesAllDrafts()) {
            where.append(" and (a.status <> 'DRAFT' or exists (select 1 from agreement_party p"
                    + " where p.agreement_id = a.id and p.organization_id = :viewer))");
            parameters.put("viewer", filter.viewer() == null ? new UUID(0, 0) : filter.viewer());
        }
        AgreementCriteria criteria = filter.criteria();
        if (criteria.status() != null) {
            where.append(" and a.status = :status");
            parameters.put("status", criteria.status().name());
        }
        if (criteria.party() != null) {
            where.append(" and exists (select 1 from agreement_party q where q.agreement_id = a.id and q.organization_id = :party)");
            parameters.put("party", criteria.party());
        }
        // @> keeps the GIN indexes on the arrays usable
        if (criteria.province() != null) {
            where.append(" and a.provinces @> array[cast(:province as text)]");
            parameters.put("province", criteria.province().code());
        }
        if (criteria.aidCategory() != null) {
            where.append(" and a.aid_categories @> array[cast(:aid as text)]");
            parameters.put("aid", criteria.aidCategory().name());
        }
        Query ids = getEntityManager().createNativeQuery(
                "select a.id from agreement a" + where + " order by a.created_at desc, a.id limit :limit offset :offset",
                UUID.class);
        Query count = getEntityManager().createNativeQuery("select count(*) from agreement a" + where, Long.class);
        parameters.forEach((name, value) -> {
            ids.setParameter(name, value);
            count.setParameter(name, value);
        });
        ids.setParameter("limit", size).setParameter("offset", (long) page * size);
        @SuppressWarnings("unchecked")
        List<UUID> pageIds = ids.getResultList();
        return new Found(inOrder(pageIds), ((Number) count.getSingleResult()).longValue());
    }

    /** The ACTIVE agreements that entrust this organisation with assessing NGOs (index agreement_party_assessor). */
    public List<Agreement> entrustingAssessment(UUID organization) {
        return list("select distinct a from Agreement a join a.parties p"
                + " where a.status = ?1 and p.organizationId = ?2 and p.assessesNgos = true",
                org.hamyar.agreements.agreement.AgreementStatus.ACTIVE, organization);
    }

    /** Ids of signed agreements whose effective date has come, locked for this transaction; others' locked rows are skipped. */
    public List<UUID> lockDueForActivation(LocalDate today, int limit) {
        return lockIds("select id from agreement where status = 'SIGNED' and effective_from <= :today"
                + " order by effective_from limit :limit for update skip locked", today, limit);
    }

    public List<UUID> lockDueForExpiry(LocalDate today, int limit) {
        return lockIds("select id from agreement where status = 'ACTIVE' and effective_to < :today"
                + " order by effective_to limit :limit for update skip locked", today, limit);
    }

    public List<UUID> lockDueForTermination(LocalDate today, int limit) {
        return lockIds("select id from agreement where terminated_at is null and termination_on <= :today"
                + " and status in ('SIGNED', 'ACTIVE') order by termination_on limit :limit for update skip locked",
                today, limit);
    }

    /** The agreements of {@code ids}, in that order, their collections fetched in batches. */
    public List<Agreement> inOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Agreement> byId = list("id in ?1", ids).stream()
                .collect(Collectors.toMap(Agreement::id, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    @SuppressWarnings("unchecked")
    private List<UUID> lockIds(String sql, LocalDate today, int limit) {
        return getEntityManager().createNativeQuery(sql, UUID.class)
                .setParameter("today", today)
                .setParameter("limit", limit)
                .getResultList();
    }
}
