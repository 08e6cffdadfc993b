package org.hamyar.beneficiaries.access;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hamyar.api.security.Actor;
import org.hamyar.beneficiaries.person.repository.PersonRepository;
import org.hamyar.beneficiaries.storage.Timestamps;

/**
 * The read log of lists and reports (docs/product.md §2): every record shown from another
 * organisation's version is a read, written in the reading transaction — one statement per list
 * however many rows it shows (the single-record reads go through {@link RecordAccess#logged}).
 */
@ApplicationScoped
public class ReadLog {

    private final PersonRepository persons;
    private final EntityManager entities;
    private final Clock clock;

    ReadLog(PersonRepository persons, EntityManager entities, Clock clock) {
        this.persons = persons;
        this.entities = entities;
        this.clock = clock;
    }

    /** One row per person shown from another organisation's version. */
    public void persons(Actor reader, Collection<UUID> personIds) {
        if (!personIds.isEmpty()) {
            persons.logReads(personIds, null, reader.organization(), reader.username(), Timestamps.of(clock));
        }
    }

    /** One row per household shown (its head, by name) from another organisation's version: household to head. */
    public void householdHeads(Actor reader, Map<UUID, UUID> headByHousehold) {
        if (headByHousehold.isEmpty()) {
            return;
        }
        List<Map.Entry<UUID, UUID>> rows = List.copyOf(headByHousehold.entrySet());
        insert(rows.stream().map(e -> e.getValue().toString()).toArray(String[]::new),
                rows.stream().map(e -> e.getKey().toString()).toArray(String[]::new), reader);
    }

    /** One row per household whose record (its id with its aid) was shown to a reader that did not register it. */
    public void households(Actor reader, Collection<UUID> householdIds) {
        if (householdIds.isEmpty()) {
            return;
        }
        String[] households = householdIds.stream().distinct().map(UUID::toString).toArray(String[]::new);
        insert(new String[households.length], households, reader);
    }

    private void insert(String[] personIds, String[] householdIds, Actor reader) {
        entities.createNativeQuery("""
                        insert into record_read (person_id, household_id, reader_organization_id, reader_username, read_at)
                        select r.person_id, r.household_id, ?3, ?4, ?5
                        from unnest(cast(?1 as uuid[]), cast(?2 as uuid[])) as r (person_id, household_id)""")
                .setParameter(1, personIds)
                .setParameter(2, householdIds)
                .setParameter(3, reader.organization())
                .setParameter(4, reader.username())
                .setParameter(5, Timestamps.of(clock))
                .executeUpdate();
    }
}
