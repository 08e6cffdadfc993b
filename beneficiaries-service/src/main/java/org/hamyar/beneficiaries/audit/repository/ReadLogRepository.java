package org.hamyar.beneficiaries.audit.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.beneficiaries.access.Subject;

/**
 * The read log ({@code record_read}): who read which person's or household's record, and the
 * listing of it by the organisations that registered the record ({@code record_read_registrant},
 * filed by a trigger, migration V6) or by auditors.
 */
@ApplicationScoped
public class ReadLogRepository {

    private final EntityManager entityManager;

    ReadLogRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One logged read as the listing shows it. */
    public record Entry(long id, UUID personId, UUID householdId, UUID readerOrganizationId, String readerUsername,
                        Instant readAt) {
    }

    /**
     * What a listing is narrowed to; every field may be null (no filter).
     *
     * @param from reads at or after it
     * @param to   reads before it
     */
    public record Filter(Instant from, Instant to, UUID reader, UUID personId, UUID householdId) {
    }

    /** Writes one row per subject, in one statement. */
    public void write(Collection<Subject> subjects, UUID readerOrganizationId, String readerUsername, Instant at) {
        if (subjects.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("""
                        insert into record_read (person_id, household_id, reader_organization_id, reader_username, read_at)
                        select p, h, ?3, ?4, ?5
                        from unnest(cast(?1 as uuid[]), cast(?2 as uuid[])) as s(p, h)""")
                .setParameter(1, subjects.stream().map(s -> text(s.personId())).toArray(String[]::new))
                .setParameter(2, subjects.stream().map(s -> text(s.householdId())).toArray(String[]::new))
                .setParameter(3, readerOrganizationId)
                .setParameter(4, readerUsername)
                .setParameter(5, at)
                .executeUpdate();
    }

    /** The organisations that registered each subject, in one query (the registrations' primary keys). */
    public Map<Subject, Set<UUID>> registrants(Collection<Subject> subjects) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select person_id, null::uuid, organization_id from person_registration
                        where person_id = any(cast(?1 as uuid[]))
                        union all
                        select null::uuid, household_id, organization_id from household_registration
                        where household_id = any(cast(?2 as uuid[]))""")
                .setParameter(1, ids(subjects, true))
                .setParameter(2, ids(subjects, false))
                .getResultList();
        Map<Subject, Set<UUID>> registrants = new HashMap<>();
        for (Object[] row : rows) {
            registrants.computeIfAbsent(new Subject((UUID) row[0], (UUID) row[1]), s -> new HashSet<>()).add((UUID) row[2]);
        }
        return registrants;
    }

    /**
     * A page of reads, newest first: of records {@code registrant} registered (one range of
     * {@code record_read_registrant_list}), or of the whole network when it is null.
     */
    public Page<Entry> list(UUID registrant, Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> parameters = new HashMap<>();
        String from;
        String order;
        if (registrant != null) {
            from = " from record_read_registrant g join record_read r on r.id = g.read_id where g.organization_id = :registrant";
            parameters.put("registrant", registrant);
            condition(where, parameters, "g.read_at >= :from", "from", filter.from());
            condition(where, parameters, "g.read_at < :to", "to", filter.to());
            order = " order by g.read_at desc, g.read_id desc";
        } else {
            from = " from record_read r where true";
            condition(where, parameters, "r.read_at >= :from", "from", filter.from());
            condition(where, parameters, "r.read_at < :to", "to", filter.to());
            order = " order by r.read_at desc, r.id desc";
        }
        condition(where, parameters, "r.reader_organization_id = :reader", "reader", filter.reader());
        condition(where, parameters, "r.person_id = :person", "person", filter.personId());
        condition(where, parameters, "r.household_id = :household", "household", filter.householdId());
        Query items = entityManager.createNativeQuery("select r.id, r.person_id, r.household_id, r.reader_organization_id,"
                + " r.reader_username, r.read_at" + from + where + order + " limit :limit offset :offset");
        Query count = entityManager.createNativeQuery("select count(*)" + from + where);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        items.setParameter("limit", page.size());
        items.setParameter("offset", page.offset());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = items.getResultList();
        List<Entry> entries = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            entries.add(new Entry(((Number) row[0]).longValue(), (UUID) row[1], (UUID) row[2], (UUID) row[3],
                    (String) row[4], instant(row[5])));
        }
        return Page.of(entries, page, ((Number) count.getSingleResult()).longValue());
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case java.time.OffsetDateTime o -> o.toInstant();
            case java.sql.Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("not a timestamp: " + value.getClass());
        };
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, String sql, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(sql);
            parameters.put(name, value);
        }
    }

    private static String[] ids(Collection<Subject> subjects, boolean persons) {
        return subjects.stream().filter(s -> s.isPerson() == persons).map(s -> s.id().toString()).toArray(String[]::new);
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
