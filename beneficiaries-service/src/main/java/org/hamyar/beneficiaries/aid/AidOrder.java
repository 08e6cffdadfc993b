package org.hamyar.beneficiaries.aid;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Aid an organisation wants to record (or check), validated at the edge.
 *
 * @param householdId            null: aid to the person alone ({@code personId} required)
 * @param providerOrganizationId null: the actor's organisation; anything else must be it
 * @param programmeCode          a programme other than an agreement; null with an agreement
 * @param status                 PLANNED or DELIVERED; null: DELIVERED
 * @param overrideJustification  null: a block refuses the aid; else a coordinator's reason to record it anyway
 */
public record AidOrder(
        UUID householdId,
        UUID personId,
        AidCategory category,
        long amountRials,
        int quantity,
        LocalDate periodStart,
        LocalDate periodEnd,
        UUID agreementId,
        UUID allocationId,
        AidStatus status,
        UUID providerOrganizationId,
        String overrideJustification,
        String programmeCode) {

    public AidOrder(UUID householdId, UUID personId, AidCategory category, long amountRials, int quantity,
                    LocalDate periodStart, LocalDate periodEnd, UUID agreementId, UUID allocationId, AidStatus status,
                    UUID providerOrganizationId, String overrideJustification) {
        this(householdId, personId, category, amountRials, quantity, periodStart, periodEnd, agreementId, allocationId,
                status, providerOrganizationId, overrideJustification, null);
    }
}
