package org.hamyar.beneficiaries.aid.event;

import java.time.Instant;
import java.util.List;

import org.hamyar.beneficiaries.aid.Aid;
import org.hamyar.beneficiaries.overlap.Conflict;
import org.hamyar.events.beneficiaries.AidGranted;
import org.hamyar.events.beneficiaries.AidRevoked;
import org.hamyar.events.beneficiaries.OverlapDetected;

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

    public static AidRevoked revoked(Aid aid) {
        return new AidRevoked(aid.id, aid.householdId, aid.providerOrganizationId, aid.allocationId,
                aid.revocationReason, aid.revokedAt);
    }

    public static OverlapDetected overlap(Aid aid, String personHash, List<Conflict> warnings, Instant at) {
        return new OverlapDetected(aid.id, aid.householdId, aid.personId, personHash, aid.category.name(),
                aid.providerOrganizationId, aid.periodStart, aid.periodEnd, aid.provinceCode, aid.county,
                warnings.stream().map(c -> new OverlapDetected.OverlappingAid(c.recorded().aidId(),
                        c.recorded().providerOrganizationId(), c.recorded().periodStart(), c.recorded().periodEnd()))
                        .toList(),
                at);
    }
}
