package org.hamyar.beneficiaries.aid.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.beneficiaries.aid.AidCategory;
import org.hamyar.beneficiaries.aid.AidStatus;

@Schema(name = "Aid", description = "An aid record.")
public record AidResponse(
        UUID id,
        @Schema(description = "null for aid to a person outside any household") UUID householdId,
        UUID personId,
        AidCategory category,
        long amountRials,
        int quantity,
        LocalDate periodStart,
        LocalDate periodEnd,
        UUID providerOrganizationId,
        UUID agreementId,
        @Schema(description = "A programme other than an agreement (the provider's code), if any") String programmeCode,
        UUID allocationId,
        AidStatus status,
        String provinceCode,
        String county,
        boolean rural,
        Instant recordedAt,
        Instant revokedAt,
        String revocationReason,
        @Schema(description = "Overlaps recorded with a warning when the aid was granted (only in the grant's answer); "
                + "after an override also the overridden blocks (outcome BLOCK)")
        List<ConflictView> warnings,
        @Schema(description = "The override that recorded the aid despite a block (only in the grant's answer), else null")
        UUID overrideId) {
}
