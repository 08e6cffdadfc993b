package org.hamyar.agreements.agreement.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.agreements.agreement.Termination;

/** Ending an agreement before its term. */
@Schema(name = "TerminationRequest")
public record TerminationRequest(
        @NotBlank @Size(max = 2000) String reason,
        @Schema(description = "The first day it no longer binds; today when absent. A later date is carried out on that day.")
        LocalDate effectiveOn) {

    public Termination toTermination() {
        return new Termination(reason, effectiveOn);
    }
}
