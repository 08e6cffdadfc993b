package org.hamyar.beneficiaries.person.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.beneficiaries.person.Person;
import org.hamyar.beneficiaries.person.PersonRecord;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    public Optional<Person> findByNationalCode(String nationalCode) {
        return find("nationalCode", nationalCode).firstResultOptional();
    }

    /** The person with this document link key ({@code IdentityDocument.linkKey}). */
    public Optional<Person> findByDocumentKey(String documentKey) {
        return find("documentKey", documentKey).firstResultOptional();
    }

    /** The person itself, or the person it was merged into (and so on). */
    public Person survivor(Person person) {
        Person current = person;
        while (current.mergedInto != null) {
            current = findById(current.mergedInto);
        }
        return current;
    }

    /** The organisations that registered the person (after a merge, those of the survivor). */
    public List<UUID> registrants(UUID personId) {
        return findByIdOptional(personId).map(this::survivor)
                .map(p -> getEntityManager().createQuery(
                                "select r.id.organizationId from PersonRecord r where r.id.personId = ?1", UUID.class)
                        .setParameter(1, p.id).getResultList())
                .orElse(List.of());
    }

    /**
     * Serialises registrations of one national code until the transaction ends, across replicas:
     * the second of two simultaneous registrations waits, then finds the first person.
     */
    public void lockNationalCode(String nationalCode) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 20250001))")
                .setParameter(1, nationalCode)
                .getSingleResult();
    }

    /** Every organisation's version of the person, in registration order (one index range). */
    public List<PersonRecord> records(UUID personId) {
        return getEntityManager().createQuery(
                        "from PersonRecord r where r.id.personId = ?1 order by r.registeredAt, r.id.organizationId",
                        PersonRecord.class)
                .setParameter(1, personId)
                .getResultList();
    }

    /** The organisation's own version of the person, if it registered them. */
    public Optional<PersonRecord> record(UUID personId, UUID organizationId) {
        return Optional.ofNullable(getEntityManager().find(PersonRecord.class, new PersonRecord.Key(personId, organizationId)));
    }

    /** One organisation's versions of these persons, in one query. */
    public Map<UUID, PersonRecord> records(Collection<UUID> personIds, UUID organizationId) {
        return getEntityManager().createQuery(
                        "from PersonRecord r where r.id.personId in ?1 and r.id.organizationId = ?2", PersonRecord.class)
                .setParameter(1, personIds)
                .setParameter(2, organizationId)
                .getResultStream()
                .collect(Collectors.toMap(PersonRecord::personId, r -> r));
    }

    /** The identities of these persons, in one query. */
    public Map<UUID, Person> identities(Collection<UUID> personIds) {
        return list("id in ?1", personIds).stream().collect(Collectors.toMap(p -> p.id, p -> p));
    }

    /** Writes one read-log row per person: an organisation other than a registrant read their record. */
    public void logReads(Collection<UUID> personIds, UUID householdId, UUID readerOrganizationId, String readerUsername,
                         Instant at) {
        if (personIds.isEmpty()) {
            return;
        }
        getEntityManager().createNativeQuery("""
                        insert into record_read (person_id, household_id, reader_organization_id, reader_username, read_at)
                        select p, ?2, ?3, ?4, ?5 from unnest(cast(?1 as uuid[])) as p""")
                .setParameter(1, personIds.stream().map(UUID::toString).toArray(String[]::new))
                .setParameter(2, householdId)
                .setParameter(3, readerOrganizationId)
                .setParameter(4, readerUsername)
                .setParameter(5, at)
                .executeUpdate();
    }

    /** Writes one read-log row for a household's record shown without its people (its aid, say). */
    public void logHouseholdRead(UUID householdId, UUID readerOrganizationId, String readerUsername, Instant at) {
        getEntityManager().createNativeQuery("""
                        insert into record_read (household_id, reader_organization_id, reader_username, read_at)
                        values (?1, ?2, ?3, ?4)""")
                .setParameter(1, householdId)
                .setParameter(2, readerOrganizationId)
                .setParameter(3, readerUsername)
                .setParameter(4, at)
                .executeUpdate();
    }
}
