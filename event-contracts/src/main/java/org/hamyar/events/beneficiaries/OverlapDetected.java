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

    /**
     * One recorded aid the new aid overlaps. When the two providers share no data
     * ({@code disclosed} false) it names nothing: another agency in the network gave it, and its
     * aid id, provider and period are null (docs/product.md §4).
     */
    public record OverlappingAid(UUID aidId, UUID providerOrganizationId, boolean disclosed, LocalDate periodStart,
                                 LocalDate periodEnd) {

        /** Aid of another agency the granting organisation may not see. */
        public static OverlappingAid undisclosed() {
            return new OverlappingAid(null, null, false, null, null);
        }
    }
}
