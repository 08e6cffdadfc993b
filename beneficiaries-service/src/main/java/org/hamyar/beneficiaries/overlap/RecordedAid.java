package org.hamyar.beneficiaries.overlap;

import java.time.LocalDate;
import java.util.UUID;

import org.hamyar.beneficiaries.aid.AidCategory;
import org.hamyar.beneficiaries.aid.AidStatus;

/**
 * Aid already on record, as much of it as the overlap rules read.
 *
 * @param personId  null for aid given to the household as a whole
 * @param periodEnd null when the aid has no end date
 */
public record RecordedAid(
        UUID aidId,
        UUID householdId,
        UUID personId,
        AidCategory category,
        LocalDate periodStart,
        LocalDate periodEnd,
        UUID providerOrganizationId,
        AidStatus status) {
}
