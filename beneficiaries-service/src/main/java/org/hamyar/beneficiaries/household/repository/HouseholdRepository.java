package org.hamyar.beneficiaries.household.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.beneficiaries.household.EnrolmentCategory;
import org.hamyar.beneficiaries.household.Household;
import org.hamyar.beneficiaries.household.HouseholdMember;
import org.hamyar.beneficiaries.household.HouseholdView;
import org.hamyar.beneficiaries.person.Person;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class HouseholdRepository implements PanacheRepositoryBase<Household, UUID> {

    public Optional<Household> findByHead(UUID headPersonId) {
        return find("headPersonId", headPersonId).firstResultOptional();
    }

    public void addMember(HouseholdMember member) {
        getEntityManager().persist(member);
    }

    /** The members besides the head, with their persons, in one query. */
    public List<HouseholdView.Member> members(UUID householdId) {
        return getEntityManager().createQuery("""
                        select m.relation, p from HouseholdMember m, Person p
                        where m.id.householdId = ?1 and p.id = m.id.personId
                        order by p.birthDate""", Object[].class)
                .setParameter(1, householdId)
                .getResultList().stream()
                .map(row -> new HouseholdView.Member((Person) row[1], (org.hamyar.beneficiaries.household.Relation) row[0]))
                .toList();
    }

    /** Whether the person is the household's head or one of its members. */
    public boolean includes(Household household, UUID personId) {
        if (household.headPersonId.equals(personId)) {
            return true;
        }
        return getEntityManager().find(HouseholdMember.class, new HouseholdMember.Key(household.id, personId)) != null;
    }

    /**
     * Records that the organisation serves the household (in the category, if given); registering
     * again keeps the earlier category unless a new one is given.
     */
    public void linkOrganization(UUID householdId, UUID organizationId, EnrolmentCategory category, Instant at) {
        getEntityManager().createNativeQuery("""
                        insert into household_registration (household_id, organization_id, enrolment_category, registered_at)
                        values (?1, ?2, cast(?3 as varchar), ?4)
                        on conflict (household_id, organization_id) do update
                        set enrolment_category = coalesce(excluded.enrolment_category, household_registration.enrolment_category)""")
                .setParameter(1, householdId)
                .setParameter(2, organizationId)
                .setParameter(3, category == null ? null : category.name())
                .setParameter(4, at)
                .executeUpdate();
    }

    /** The organisations that registered the household. */
    @SuppressWarnings("unchecked")
    public List<UUID> registrants(UUID householdId) {
        return getEntityManager().createNativeQuery(
                        "select organization_id from household_registration where household_id = ?1", UUID.class)
                .setParameter(1, householdId)
                .getResultList();
    }

    public Optional<EnrolmentCategory> enrolment(UUID householdId, UUID organizationId) {
        @SuppressWarnings("unchecked")
        List<String> rows = getEntityManager().createNativeQuery("""
                        select enrolment_category from household_registration
                        where household_id = ?1 and organization_id = ?2 and enrolment_category is not null""", String.class)
                .setParameter(1, householdId)
                .setParameter(2, organizationId)
                .getResultList();
        return rows.stream().findFirst().map(EnrolmentCategory::valueOf);
    }
}
