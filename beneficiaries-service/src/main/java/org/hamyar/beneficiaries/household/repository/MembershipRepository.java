package org.hamyar.beneficiaries.household.repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.beneficiaries.household.Membership;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

/** The network's household membership and its history; every query one index range. */
@ApplicationScoped
public class MembershipRepository implements PanacheRepositoryBase<Membership, UUID> {

    /** The person's present stretch, if they belong to a household (index household_membership_current). */
    public Optional<Membership> current(UUID personId) {
        return find("personId = ?1 and validTo is null", personId).firstResultOptional();
    }

    /** Every stretch of the person, oldest first. */
    public List<Membership> of(UUID personId) {
        return list("personId = ?1", Sort.by("validFrom").and("id"), personId);
    }

    /**
     * Every stretch of the household's present members, in one query: the present members (index
     * household_membership_household_current), then each one's stretches (index
     * household_membership_person). Their open stretches here say who the members are; those in
     * other households, where they came from.
     */
    public List<Membership> ofPresentMembers(UUID householdId) {
        return getEntityManager().createQuery("""
                        select o from Membership o
                        where o.personId in (select c.personId from Membership c where c.householdId = ?1 and c.validTo is null)
                        order by o.validFrom, o.id""", Membership.class)
                .setParameter(1, householdId)
                .getResultList();
    }

    /**
     * The household's history, oldest first: the stretches these organisations started (null:
     * every stretch, for an auditor).
     */
    public PanacheQuery<Membership> history(UUID householdId, Collection<UUID> organizations) {
        return organizations == null
                ? find("householdId = ?1", Sort.by("validFrom").and("id"), householdId)
                : find("householdId = ?1 and startedByOrganizationId in ?2", Sort.by("validFrom").and("id"),
                householdId, organizations);
    }
}
