package org.hamyar.agreements.calendar.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hamyar.agreements.agreement.CalendarEntry;
import org.hamyar.standards.Province;

@ApplicationScoped
public class CalendarEntryRepository implements PanacheRepositoryBase<CalendarEntry, UUID> {

    /** The network calendar's filters: entries overlapping [from, to]; a null province or organisation means any. */
    public record Filter(LocalDate from, LocalDate to, Province province, UUID organization) {
    }

    public record Found(List<CalendarEntry> items, long total) {
    }

    /**
     * Entries of signed, active and expired agreements (a draft's plans are not the network's, a
     * terminated agreement's will not happen) that overlap the period, earliest first.
     */
    public Found network(Filter filter, int page, int size) {
        var where = new StringBuilder(" from calendar_entry e join agreement a on a.id = e.agreement_id"
                + " where a.status in ('SIGNED', 'ACTIVE', 'EXPIRED') and e.start_date <= :to and e.end_date >= :from");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", filter.from());
        parameters.put("to", filter.to());
        if (filter.province() != null) {
            where.append(" and e.provinces @> array[cast(:province as text)]");
            parameters.put("province", filter.province().code());
        }
        if (filter.organization() != null) {
            where.append(" and exists (select 1 from agreement_party p where p.agreement_id = a.id"
                    + " and p.organization_id = :organization)");
            parameters.put("organization", filter.organization());
        }
        Query ids = getEntityManager().createNativeQuery(
                "select e.id" + where + " order by e.start_date, e.end_date, e.id limit :limit offset :offset", UUID.class);
        Query count = getEntityManager().createNativeQuery("select count(*)" + where, Long.class);
        parameters.forEach((name, value) -> {
            ids.setParameter(name, value);
            count.setParameter(name, value);
        });
        ids.setParameter("limit", size).setParameter("offset", (long) page * size);
        @SuppressWarnings("unchecked")
        List<UUID> pageIds = ids.getResultList();
        return new Found(inOrder(pageIds), ((Number) count.getSingleResult()).longValue());
    }

    private List<CalendarEntry> inOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, CalendarEntry> byId = find("from CalendarEntry e join fetch e.agreement where e.id in ?1", ids).list()
                .stream().collect(Collectors.toMap(CalendarEntry::id, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }
}
