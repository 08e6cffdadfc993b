package org.hamyar.beneficiaries.overlap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.hamyar.beneficiaries.aid.AidCategory;
import org.hamyar.beneficiaries.aid.AidStatus;

/**
 * Aid already on record, as much of it as the overlap rules read.
 *
 * @param personId  null for aid given to the household as a whole
 * @param householdId null for aid to a person outside any household
 * @param periodEnd   null when the aid has no end date
 * @param recordedAt  when it was recorded (which household a member then belonged to); null: unknown
 */
public record RecordedAid(
        UUID aidId,
        UUID householdId,
        UUID personId,
        AidCategory category,
        LocalDate periodStart,
        LocalDate periodEnd,
        UUID providerOrganizationId,
        AidStatus status,
        Instant recordedAt) {

    public RecordedAid(UUID aidId, UUID householdId, UUID personId, AidCategory category, LocalDate periodStart,
                       LocalDate periodEnd, UUID providerOrganizationId, AidStatus status) {
        this(aidId, householdId, personId, category, periodStart, periodEnd, providerOrganizationId, status, null);
    }
}
