package org.hamyar.donors.allocation.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.donors.aid.AidCategory;
import org.hamyar.donors.money.BeneficiaryCategory;
import org.hamyar.donors.money.Rials;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "AllocationRequest", description = "Money of a fund to reserve for aid a provider is to grant")
public record AllocationRequest(
        @NotNull UUID fundId,
        @NotNull @Positive @Max(Rials.MAX) @Schema(description = "Integer rials, 1 to 10^15", example = "25000000") Long amountRials,
        @NotNull @Schema(example = "EDUCATION_SUPPORT") AidCategory aidCategory,
        @NotNull @Schema(example = "ORPHAN") BeneficiaryCategory beneficiaryCategory,
        @NotBlank @Schema(description = "Two-digit province code (Persian digits and IR-nn accepted)", example = "22") String provinceCode,
        @Size(max = 100) @Schema(example = "بندرعباس") String county,
        @NotNull @Schema(description = "The organisation that will grant the aid") UUID providerOrganizationId,
        @Schema(description = "The last day the reservation waits for its aid (ISO or Jalali); default 30 days from now",
                example = "1405-12-29") LocalDate expiresOn) {
}
