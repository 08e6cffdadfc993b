package org.hamyar.donors.endowment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.donors.endowment.Endowment;
import org.hamyar.donors.money.Restrictions;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Endowment")
public record EndowmentView(
        UUID id,
        String endowerName,
        String deedNumber,
        String endowedAsset,
        UUID trusteeOrganizationId,
        @Schema(description = "Its ENDOWMENT_INCOME fund") UUID fundId,
        Restrictions intention,
        String intentionFa,
        Instant registeredAt,
        Instant updatedAt,
        long version) {

    public static EndowmentView of(Endowment e) {
        return new EndowmentView(e.id(), e.endowerName(), e.deedNumber(), e.endowedAsset(), e.trusteeOrganizationId(),
                e.fundId(), e.intention(), e.intentionFa(), e.registeredAt(), e.updatedAt(), e.version());
    }
}
