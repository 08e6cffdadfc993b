package org.hamyar.donors.allocation.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.donors.allocation.Allocation;
import org.hamyar.donors.allocation.AllocationStatus;
import org.hamyar.donors.allocation.ReleaseReason;
import org.hamyar.donors.aid.AidCategory;
import org.hamyar.donors.money.BeneficiaryCategory;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Allocation", description = "Reserved money of a fund; names no beneficiary")
public record AllocationView(
        UUID id,
        UUID fundId,
        @Schema(example = "25000000") long amountRials,
        AidCategory aidCategory,
        BeneficiaryCategory beneficiaryCategory,
        String provinceCode,
        String county,
        UUID providerOrganizationId,
        AllocationStatus status,
        Instant reservedAt,
        @Schema(description = "When an unused reservation goes back to the fund") Instant expiresAt,
        @Schema(description = "The aid that spent it (COMMITTED, or RELEASED after a revocation)") UUID aidId,
        Instant committedAt,
        Instant releasedAt,
        ReleaseReason releaseReason,
        Instant updatedAt,
        long version) {

    public static AllocationView of(Allocation a) {
        return new AllocationView(a.id(), a.fundId(), a.amountRials(), a.aidCategory(), a.beneficiaryCategory(),
                a.provinceCode(), a.county(), a.providerOrganizationId(), a.status(), a.reservedAt(), a.expiresAt(),
                a.aidId(), a.committedAt(), a.releasedAt(), a.releaseReason(), a.updatedAt(), a.version());
    }
}
