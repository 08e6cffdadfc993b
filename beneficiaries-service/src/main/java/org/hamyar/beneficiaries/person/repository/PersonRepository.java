package org.hamyar.beneficiaries.person.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.beneficiaries.person.Person;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    public Optional<Person> findByNationalCode(String nationalCode) {
        return find("nationalCode", nationalCode).firstResultOptional();
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

    /** Records that the organisation registered (serves) the person; registering again changes nothing. */
    public void linkOrganization(UUID personId, UUID organizationId, Instant at) {
        getEntityManager().createNativeQuery("""
                        insert into person_registration (person_id, organization_id, registered_at)
                        values (?1, ?2, ?3) on conflict do nothing""")
                .setParameter(1, personId)
                .setParameter(2, organizationId)
                .setParameter(3, at)
                .executeUpdate();
    }

    /** The organisations that registered the person. */
    @SuppressWarnings("unchecked")
    public List<UUID> registrants(UUID personId) {
        return getEntityManager().createNativeQuery(
                        "select organization_id from person_registration where person_id = ?1", UUID.class)
                .setParameter(1, personId)
                .getResultList();
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
}
