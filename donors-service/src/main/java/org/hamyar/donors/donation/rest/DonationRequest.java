package org.hamyar.donors.donation.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.donors.donation.DonationKind;
import org.hamyar.donors.money.Rials;

import java.util.UUID;

@Schema(name = "DonationRequest")
public record DonationRequest(
        @NotNull UUID fundId,
        @Schema(description = "Required except for ENDOWMENT_INCOME") UUID donorId,
        @NotNull @Schema(example = "CASH") DonationKind kind,
        @NotNull @Positive @Max(Rials.MAX) @Schema(description = "Integer rials, 1 to 10^15 (IN_KIND: the declared value)",
                example = "500000000") Long amountRials,
        @Size(max = 1000) @Schema(example = "کمک نقدی برای زلزله‌زدگان") String description) {
}
