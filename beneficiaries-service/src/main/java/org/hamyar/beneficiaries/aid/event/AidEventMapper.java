package org.hamyar.beneficiaries.aid.event;

import java.time.Instant;
import java.util.List;

import org.hamyar.beneficiaries.aid.Aid;
import org.hamyar.beneficiaries.overlap.Conflict;
import org.hamyar.beneficiaries.overlap.override.OverlapOverride;
import org.hamyar.events.beneficiaries.AidGranted;
import org.hamyar.events.beneficiaries.AidRevoked;
import org.hamyar.events.beneficiaries.OverlapDetected;
import org.hamyar.events.beneficiaries.OverlapOverridden;

/** Aid events: ids, category, amounts, place and dates; the person only by the network's hash. */
public final class AidEventMapper {

    private AidEventMapper() {
    }

    public static AidGranted granted(Aid aid, String personHash) {
        return new AidGranted(aid.id, aid.householdId, aid.personId, personHash, aid.category.name(), aid.amountRials,
                aid.quantity, aid.periodStart, aid.periodEnd, aid.providerOrganizationId, aid.agreementId,
                aid.allocationId, aid.provinceCode, aid.county, aid.rural, aid.status.name(), aid.overlapWarnings,
                aid.recordedAt);
    }

    /** No justification (free text) and nothing naming the other agencies. */
    public static OverlapOverridden overridden(Aid aid, OverlapOverride override) {
        return new OverlapOverridden(override.id, aid.id, aid.householdId, aid.personId, aid.category.name(),
                aid.providerOrganizationId, aid.periodStart, aid.periodEnd, aid.provinceCode, aid.county,
                override.overriddenBlocks, override.overriddenAt);
    }

    public static AidRevoked revoked(Aid aid) {
        return new AidRevoked(aid.id, aid.householdId, aid.providerOrganizationId, aid.allocationId, aid.revokedAt);
    }

    /** An overlapped aid names its provider only where the granting organisation may know it (docs/product.md §4). */
    private static OverlapDetected.OverlappingAid overlapping(Conflict c) {
        return c.disclosed()
                ? new OverlapDetected.OverlappingAid(c.recorded().aidId(), c.recorded().providerOrganizationId(), true,
                c.recorded().periodStart(), c.recorded().periodEnd())
                : OverlapDetected.OverlappingAid.undisclosed();
    }

    public static OverlapDetected overlap(Aid aid, String personHash, List<Conflict> warnings, Instant at) {
        return new OverlapDetected(aid.id, aid.householdId, aid.personId, personHash, aid.category.name(),
                aid.providerOrganizationId, aid.periodStart, aid.periodEnd, aid.provinceCode, aid.county,
                warnings.stream().map(AidEventMapper::overlapping).toList(),
                at);
    }
}
