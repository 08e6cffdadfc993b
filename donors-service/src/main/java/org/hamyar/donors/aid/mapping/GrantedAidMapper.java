package org.hamyar.donors.aid.mapping;

import org.hamyar.donors.aid.GrantedAid;
import org.hamyar.donors.aid.rest.GrantedAidResponse;

/** Entity to API record; the entity itself never goes on the wire. */
public final class GrantedAidMapper {

    private GrantedAidMapper() {
    }

    public static GrantedAidResponse toResponse(GrantedAid aid) {
        return new GrantedAidResponse(aid.aidId(), aid.householdId(), aid.providerOrganizationId(),
                aid.agreementId(), aid.allocationId(), aid.category(), aid.amountRials(), aid.quantity(),
                aid.provinceCode(), aid.county(), aid.rural(), aid.periodStart(), aid.periodEnd(), aid.deliveryStatus(), aid.status(),
                aid.grantedAt(), aid.revokedAt(), aid.recordedAt(), aid.updatedAt(),
                aid.version());
    }
}
