package org.hamyar.beneficiaries.enrolment.repository;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.beneficiaries.access.Subject;
import org.hamyar.beneficiaries.enrolment.Enrolment;
import org.hamyar.beneficiaries.household.EnrolmentCategory;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EnrolmentRepository implements PanacheRepositoryBase<Enrolment, UUID> {

    /**
     * Serialises enrolments of one organisation, subject and category until the transaction ends,
     * across replicas: of two overlapping enrolments at the same moment, the second waits and then
     * sees the first.
     */
    public void lock(UUID organization, Subject subject, EnrolmentCategory category) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 20261129))")
                .setParameter(1, organization + "/" + subject.id() + "/" + category)
                .getSingleResult();
    }

    /**
     * An enrolment of the organisation, subject and category whose period meets [start, end] (end
     * null: open), other than {@code except}; one range of {@code enrolment_person} / {@code enrolment_household}.
     */
    public Optional<Enrolment> overlapping(UUID organization, Subject subject, EnrolmentCategory category,
                                           LocalDate start, LocalDate end, UUID except) {
        String column = subject.isPerson() ? "personId" : "householdId";
        StringBuilder query = new StringBuilder(column + " = :subject and organizationId = :org and category = :category"
                + " and (endDate is null or endDate >= :start)");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("subject", subject.id());
        parameters.put("org", organization);
        parameters.put("category", category);
        parameters.put("start", start);
        if (end != null) {
            query.append(" and startDate <= :end");
            parameters.put("end", end);
        }
        if (except != null) {
            query.append(" and id <> :except");
            parameters.put("except", except);
        }
        return find(query.toString(), parameters).firstResultOptional();
    }

    /**
     * What a list is narrowed to; every field may be null.
     *
     * @param activeOn enrolments that support their subject on that day
     */
    public record Filter(UUID personId, UUID householdId, EnrolmentCategory category, LocalDate activeOn) {
    }

    /**
     * A page of enrolments, newest start first: the organisation's (index
     * {@code enrolment_organization_start}), or the network's when it is null.
     */
    public Page<Enrolment> list(UUID organization, Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" from enrolment e where true");
        Map<String, Object> parameters = new HashMap<>();
        condition(where, parameters, "e.organization_id = :org", "org", organization);
        condition(where, parameters, "e.person_id = :person", "person", filter.personId());
        condition(where, parameters, "e.household_id = :household", "household", filter.householdId());
        condition(where, parameters, "e.category = :category", "category",
                filter.category() == null ? null : filter.category().name());
        condition(where, parameters, "e.start_date <= :day and (e.end_date is null or e.end_date >= :day)", "day",
                filter.activeOn());
        var items = getEntityManager().createNativeQuery(
                "select e.*" + where + " order by e.start_date desc, e.id desc limit :limit offset :offset", Enrolment.class);
        var count = getEntityManager().createNativeQuery("select count(*)" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        items.setParameter("limit", page.size());
        items.setParameter("offset", page.offset());
        @SuppressWarnings("unchecked")
        List<Enrolment> rows = items.getResultList();
        return Page.of(rows, page, ((Number) count.getSingleResult()).longValue());
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, String sql, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(sql);
            parameters.put(name, value);
        }
    }
}
