package org.hamyar.beneficiaries.enrolment.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.beneficiaries.household.EnrolmentCategory;

@Schema(name = "EnrolmentRequest", description = "An enrolment of a person or a household (exactly one of personId, householdId).")
public record EnrolmentRequest(
        UUID personId,
        UUID householdId,
        @NotNull EnrolmentCategory category,
        @Schema(description = "The first day of support, ISO or Jalali") @NotNull LocalDate startDate,
        @Schema(description = "The last day of support when already known, ISO or Jalali; not before startDate") LocalDate endDate) {
}
