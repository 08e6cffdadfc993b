package org.hamyar.events.beneficiaries;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A coordinator of the granting organisation recorded aid that the overlap rules block, with a
 * written justification kept in the service's audit log. Carries no free text (the justification
 * stays in the service) and nothing naming the other agencies. Published with the
 * {@link AidGranted} of the same aid, keyed by the household.
 *
 * @param overriddenBlocks how many blocking overlaps were overridden
 */
public record OverlapOverridden(
        UUID overrideId,
        UUID aidId,
        UUID householdId,
        UUID personId,
        String category,
        UUID providerOrganizationId,
        LocalDate periodStart,
        LocalDate periodEnd,
        String provinceCode,
        String county,
        int overriddenBlocks,
        Instant overriddenAt) {
}
