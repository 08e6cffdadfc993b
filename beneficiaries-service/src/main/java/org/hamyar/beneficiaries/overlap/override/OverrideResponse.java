package org.hamyar.beneficiaries.overlap.override;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OverlapOverride", description = "Aid recorded by a coordinator although the overlap rules blocked it.")
public record OverrideResponse(
        UUID id,
        UUID aidId,
        UUID householdId,
        String category,
        UUID providerOrganizationId,
        String provinceCode,
        String county,
        @Schema(description = "How many blocking overlaps were overridden") int overriddenBlocks,
        @Schema(description = "The coordinator's written reason; read by the granting organisation and auditors only")
        String justification,
        String overriddenBy,
        Instant overriddenAt) {

    public static OverrideResponse of(OverlapOverride o) {
        return new OverrideResponse(o.id, o.aidId, o.householdId, o.category, o.providerOrganizationId, o.provinceCode,
                o.county, o.overriddenBlocks, o.justification, o.overriddenBy, o.overriddenAt);
    }
}
