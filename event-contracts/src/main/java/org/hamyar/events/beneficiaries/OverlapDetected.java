package org.hamyar.events.beneficiaries;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Aid was recorded although it overlaps aid another agency gave (no agreement between them blocks
 * it): what coordination committees and overlap reports look at. Published with the
 * {@link AidGranted} of the same aid, keyed by the household.
 *
 * @param personHash  the keyed hash of the person the aid is for, null for household aid
 * @param overlapping the recorded aid it overlaps
 */
public record OverlapDetected(
        UUID aidId,
        UUID householdId,
        UUID personId,
        String personHash,
        String category,
        UUID providerOrganizationId,
        LocalDate periodStart,
        LocalDate periodEnd,
        String provinceCode,
        String county,
        List<OverlappingAid> overlapping,
        Instant detectedAt) {

    /** One recorded aid the new aid overlaps. */
    public record OverlappingAid(UUID aidId, UUID providerOrganizationId, LocalDate periodStart, LocalDate periodEnd) {
    }
}
