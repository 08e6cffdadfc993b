package org.hamyar.beneficiaries.household.repository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.beneficiaries.household.Household;
import org.hamyar.beneficiaries.household.HouseholdMember;
import org.hamyar.beneficiaries.household.HouseholdRecord;
import org.hamyar.beneficiaries.household.Relation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class HouseholdRepository implements PanacheRepositoryBase<Household, UUID> {

    public Optional<Household> findByHead(UUID headPersonId) {
        return find("headPersonId", headPersonId).firstResultOptional();
    }

    /** The members besides the head as one organisation registered them, oldest first: person id to relation. */
    public Map<UUID, Relation> composition(UUID householdId, UUID organizationId) {
        Map<UUID, Relation> members = new LinkedHashMap<>();
        getEntityManager().createNativeQuery("""
                        select m.person_id, m.relation from household_registration_member m
                        join person_registration r on r.person_id = m.person_id and r.organization_id = m.organization_id
                        where m.household_id = ?1 and m.organization_id = ?2
                        order by r.birth_date, m.person_id""", Object[].class)
                .setParameter(1, householdId)
                .setParameter(2, organizationId)
                .getResultList()
                .forEach(row -> {
                    Object[] r = (Object[]) row;
                    members.put((UUID) r[0], Relation.valueOf((String) r[1]));
                });
        return members;
    }

    /**
     * Adds a member to the organisation's version of the household and to the household's members
     * (the union over organisations the overlap check asks).
     */
    public void addMember(UUID householdId, UUID organizationId, UUID personId, Relation relation) {
        getEntityManager().createNativeQuery("""
                        with version as (
                            insert into household_registration_member (household_id, organization_id, person_id, relation)
                            values (?1, ?2, ?3, ?4))
                        insert into household_member (household_id, person_id, relation)
                        values (?1, ?3, ?4) on conflict do nothing""")
                .setParameter(1, householdId)
                .setParameter(2, organizationId)
                .setParameter(3, personId)
                .setParameter(4, relation.name())
                .executeUpdate();
    }

    /** Every organisation's version of the household, in registration order. */
    public List<HouseholdRecord> records(UUID householdId) {
        return getEntityManager().createQuery(
                        "from HouseholdRecord r where r.id.householdId = ?1 order by r.registeredAt, r.id.organizationId",
                        HouseholdRecord.class)
                .setParameter(1, householdId)
                .getResultList();
    }

    public Optional<HouseholdRecord> record(UUID householdId, UUID organizationId) {
        return Optional.ofNullable(getEntityManager().find(HouseholdRecord.class,
                new HouseholdRecord.Key(householdId, organizationId)));
    }

    /** Whether the person is the household's head or one of its members. */
    public boolean includes(Household household, UUID personId) {
        if (household.headPersonId.equals(personId)) {
            return true;
        }
        return getEntityManager().find(HouseholdMember.class, new HouseholdMember.Key(household.id, personId)) != null;
    }

    /** The organisations that registered the household. */
    @SuppressWarnings("unchecked")
    public List<UUID> registrants(UUID householdId) {
        return getEntityManager().createNativeQuery(
                        "select organization_id from household_registration where household_id = ?1", UUID.class)
                .setParameter(1, householdId)
                .getResultList();
    }
}
