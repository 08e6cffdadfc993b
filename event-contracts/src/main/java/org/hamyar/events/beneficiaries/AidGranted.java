package org.hamyar.events.beneficiaries;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Aid was recorded for a household, one of its people, or a person outside any household
 * ({@code householdId} null, keyed by the person id). Carries ids, category, amount, place and dates
 * only: the person is named by the network's keyed hash, never by national code or name.
 *
 * @param amountRials  integer rials (0 for aid in kind)
 * @param allocationId the donors-service allocation that funds it, when there is one
 * @param overlapWarnings how many overlaps were recorded with a warning when it was granted
 */
public record AidGranted(
        UUID aidId,
        UUID householdId,
        UUID personId,
        String personHash,
        String category,
        long amountRials,
        int quantity,
        LocalDate periodStart,
        LocalDate periodEnd,
        UUID providerOrganizationId,
        UUID agreementId,
        UUID allocationId,
        String provinceCode,
        String county,
        boolean rural,
        String status,
        int overlapWarnings,
        Instant grantedAt) {
}
