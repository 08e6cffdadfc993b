package org.hamyar.beneficiaries.aid.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.beneficiaries.aid.AidCategory;

@Schema(name = "HashCheck", description = "Has the person this keyed hash names received aid of this category in this period?")
public record HashCheckRequest(
        @Schema(description = "The network's keyed hash of the person's national code (HMAC-SHA256, 64 hex digits), as events carry it")
        @NotNull @Pattern(regexp = "[0-9a-fA-F]{64}", message = "{hamyar.validation.person-hash}") String personHash,
        @NotNull AidCategory category,
        @Schema(description = "ISO or Jalali date: aid whose period reaches it; absent: since ever", nullable = true) LocalDate from,
        @Schema(description = "ISO or Jalali date, not before from: aid whose period starts by it; absent: until ever", nullable = true)
        LocalDate to) {
}
