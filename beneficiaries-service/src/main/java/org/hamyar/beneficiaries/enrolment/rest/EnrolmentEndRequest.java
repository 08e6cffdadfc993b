package org.hamyar.beneficiaries.enrolment.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EnrolmentEndRequest")
public record EnrolmentEndRequest(
        @Schema(description = "The last day of support, ISO or Jalali: not before the start, not after an end recorded at enrolment")
        @NotNull LocalDate endDate) {
}
