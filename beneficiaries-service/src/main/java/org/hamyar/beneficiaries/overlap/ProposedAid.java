package org.hamyar.beneficiaries.overlap;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.hamyar.beneficiaries.aid.AidCategory;

/**
 * Aid an organisation is about to record (or asks about in a dry run).
 *
 * @param householdId null for aid to a person outside any household (then {@code personId} is required)
 * @param personId    required for the personal categories ({@link AidCategory#requiresPerson()})
 * @param periodEnd   null when the aid has no end date: each rule says what that means
 * @param history     the other households (and members' aid outside any household) household rules count
 */
public record ProposedAid(
        UUID householdId,
        UUID personId,
        AidCategory category,
        LocalDate periodStart,
        LocalDate periodEnd,
        UUID providerOrganizationId,
        HouseholdHistory history) {

    public ProposedAid(UUID householdId, UUID personId, AidCategory category, LocalDate periodStart, LocalDate periodEnd,
                       UUID providerOrganizationId) {
        this(householdId, personId, category, periodStart, periodEnd, providerOrganizationId, HouseholdHistory.none());
    }

    public ProposedAid {
        if (householdId == null && personId == null) {
            throw new IllegalArgumentException("aid is given to a household or a person");
        }
        history = history == null ? HouseholdHistory.none() : history;
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(providerOrganizationId, "providerOrganizationId");
        if (periodEnd != null && periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("periodEnd is before periodStart");
        }
        if (category.requiresPerson() && personId == null) {
            throw new IllegalArgumentException(category + " is personal aid: it needs a person");
        }
    }
}
