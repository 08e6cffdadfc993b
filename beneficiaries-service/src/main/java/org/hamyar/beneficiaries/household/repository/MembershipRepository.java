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
