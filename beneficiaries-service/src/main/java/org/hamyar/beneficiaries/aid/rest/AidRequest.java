package org.hamyar.beneficiaries.aid.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.beneficiaries.aid.AidCategory;
import org.hamyar.beneficiaries.aid.AidStatus;
import org.hamyar.beneficiaries.validation.PlainText;

@Schema(name = "AidRequest", description = "Aid to record (POST /api/aid) or to check (POST /api/aid-checks).")
public record AidRequest(
        @Schema(description = "The household the aid is for; leave out for aid to a person outside any household "
                + "(then personId is required, and household rules count the aid of the households the person belonged to)")
        UUID householdId,
        @Schema(description = "The person the aid is for; required for HEALTH_INSURANCE, DOWRY and EDUCATION_SUPPORT, "
                + "and for aid without a householdId")
        UUID personId,
        @NotNull AidCategory category,
        @Schema(description = "Integer rials, 0 (aid in kind) to 10^15; Persian digits accepted in a string", examples = "25000000")
        @NotNull @Min(0) @Max(1_000_000_000_000_000L) Long amountRials,
        @NotNull @Min(1) @Max(1_000_000) Integer quantity,
        @Schema(description = "ISO or Jalali date") @NotNull LocalDate periodStart,
        @Schema(description = "ISO or Jalali date; none for aid given once") LocalDate periodEnd,
        @Schema(description = "The agreement the aid is given under: an ACTIVE one of the caller's organisation") UUID agreementId,
        @Schema(description = "A programme other than an agreement: the provider's own code for it (capital Latin letters, "
                + "digits, - and _; at most 40); not together with agreementId", examples = "RAMADAN-1405")
        @Size(max = 40) @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]*", message = "{aid.programme-code}") String programmeCode,
        @Schema(description = "The donors-service allocation that funds it") UUID allocationId,
        @Schema(description = "PLANNED or DELIVERED (default)") AidStatus status,
        @Schema(description = "Optional; when given it must be the caller's own organisation")
        UUID providerOrganizationId,
        @Schema(description = "A coordinator's written reason to record the aid although the overlap rules block it "
                + "(docs/product.md §4); ignored when nothing blocks; an officer's override is refused (403)",
                examples = "خانوار پس از سیل خانه‌اش را از دست داده و کمیته هماهنگی استان تأیید کرده است")
        @Size(max = 2000) @PlainText String overrideJustification) {
}
