package org.hamyar.beneficiaries.overlap;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.hamyar.beneficiaries.aid.AidCategory;

/**
 * Aid an organisation is about to record (or asks about in a dry run).
 *
 * @param personId  required for the personal categories ({@link AidCategory#requiresPerson()})
 * @param periodEnd null when the aid has no end date: each rule says what that means
 */
public record ProposedAid(
        UUID householdId,
        UUID personId,
        AidCategory category,
        LocalDate periodStart,
        LocalDate periodEnd,
        UUID providerOrganizationId) {

    public ProposedAid {
        Objects.requireNonNull(householdId, "householdId");
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
