package org.hamyar.beneficiaries.aid.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.beneficiaries.aid.Aid;
import org.hamyar.beneficiaries.aid.AidCategory;
import org.hamyar.beneficiaries.aid.AidStatus;
import org.hamyar.beneficiaries.overlap.CandidateWindow;
import org.hamyar.beneficiaries.overlap.RecordedAid;

import org.hibernate.FlushMode;
import org.hibernate.Session;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class AidRepository implements PanacheRepositoryBase<Aid, UUID> {

    private final AgroalDataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;

    AidRepository(AgroalDataSource dataSource, TransactionSynchronizationRegistry transactions) {
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

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
        // Plain JDBC: the rules read nine columns, not entities, and Hibernate would translate this
        // query again at every call (a native query with a result class adds an entry to its plan
        // cache each time, a query of the model with list parameters is translated afresh each
        // time; docs/benchmarks.md).
        String range = " and a.category = ? and a.status <> 'REVOKED'"
                + (window.startsOnOrBefore() != null ? " and a.period_start <= ?" : "")
                + (window.lastDayOnOrAfter() != null ? " and coalesce(a.period_end, a.period_start) >= ?" : "");
        String sql;
        List<Object> subjects = new ArrayList<>();
        if (window.subject() == AidCategory.Subject.PERSON) {
            sql = RECORDED + " where a.person_id = ?" + range;
            subjects.add(personId);
        } else {
            sql = RECORDED + " where a.household_id = any(?)" + range
                    + " union all " + RECORDED + " where a.person_id = any(?) and a.household_id is null" + range;
            subjects.add(householdIds.toArray(UUID[]::new));
            subjects.add(members.toArray(UUID[]::new));
        }
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            Session session = getEntityManager().unwrap(Session.class);
            if (session.getHibernateFlushMode() != FlushMode.MANUAL) {
                // aid this transaction recorded before counts, as a query through Hibernate would flush it first
                session.flush();
            }
        }
        // inside a transaction Agroal hands out the connection it enlisted (Hibernate's), outside
        // one (the overlap check) a connection of its own in autocommit
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            for (Object subject : subjects) {
                statement.setObject(index++, subject instanceof UUID[] ids ? connection.createArrayOf("uuid", ids) : subject);
                statement.setString(index++, window.category().name());
                if (window.startsOnOrBefore() != null) {
                    statement.setObject(index++, window.startsOnOrBefore());
                }
                if (window.lastDayOnOrAfter() != null) {
                    statement.setObject(index++, window.lastDayOnOrAfter());
                }
            }
            List<RecordedAid> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(new RecordedAid(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                            rows.getObject(3, UUID.class), AidCategory.valueOf(rows.getString(4)),
                            rows.getObject(5, LocalDate.class), rows.getObject(6, LocalDate.class),
                            rows.getObject(7, UUID.class), AidStatus.valueOf(rows.getString(8)),
                            rows.getObject(9, OffsetDateTime.class).toInstant()));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the aid that may overlap", e);
        }
    }

    /** The columns of {@link RecordedAid}, in its order. */
    private static final String RECORDED = "select a.id, a.household_id, a.person_id, a.category, a.period_start,"
            + " a.period_end, a.provider_organization_id, a.status, a.recorded_at from aid a";

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
