package org.hamyar.donors.aid.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.donors.aid.GrantedAidStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Aid the network granted, as the donors-service recorded it from {@code AidGranted}/{@code AidRevoked}. */
@Schema(name = "GrantedAid", description = "Aid a member of the network granted; it names no person.")
public record GrantedAidResponse(
        @Schema(description = "The aid's id in the beneficiaries-service") UUID aidId,
        @Schema(description = "The household it went to (an opaque id)") UUID householdId,
        @Schema(description = "The organisation that granted it") UUID providerOrganizationId,
        @Schema(description = "The agreement it was granted under, if any") UUID agreementId,
        @Schema(description = "The allocation that funds it, if any") UUID allocationId,
        @Schema(example = "FOOD_BASKET") String category,
        @Schema(description = "Integer rials (0 for aid in kind)", example = "25000000") long amountRials,
        int quantity,
        @Schema(description = "Two-digit province code", example = "26") String provinceCode,
        String county,
        boolean rural,
        LocalDate periodStart,
        LocalDate periodEnd,
        @Schema(description = "Where the aid stands at the provider, as the grant said", example = "DELIVERED") String deliveryStatus,
        @Schema(description = "GRANTED, or REVOKED once AidRevoked arrived") GrantedAidStatus status,
        Instant grantedAt,
        Instant revokedAt,
        @Schema(description = "When the donors-service recorded the grant") Instant recordedAt,
        @Schema(description = "When the donors-service last changed the record") Instant updatedAt,
        @Schema(description = "Incremented with every change of the record") long version) {
}
