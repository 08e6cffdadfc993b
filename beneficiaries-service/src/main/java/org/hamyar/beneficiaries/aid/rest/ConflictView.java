package org.hamyar.beneficiaries.aid.rest;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.beneficiaries.aid.AidCategory;
import org.hamyar.beneficiaries.overlap.Conflict;

/**
 * One overlap as the granting organisation may see it. The other provider and its aid are named
 * only where data sharing allows (or it is the caller's own aid); otherwise those fields are null
 * and {@code message} says "another agency in the network".
 */
@Schema(name = "Conflict", description = "An overlap with aid already recorded.")
public record ConflictView(
        AidCategory category,
        @Schema(description = "BLOCK: refused; WARN: recorded with a warning") Conflict.Outcome outcome,
        Conflict.Reason reason,
        @Schema(description = "The agreement whose blocking clause applies; null unless disclosed (it would name the other agency)") UUID agreementId,
        @Schema(description = "Whether the other provider and its aid are named") boolean disclosed,
        UUID aidId,
        UUID providerOrganizationId,
        LocalDate periodStart,
        LocalDate periodEnd,
        @Schema(description = "In the language of Accept-Language") String message) {
}
