package org.hamyar.agreements.organization.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.agreements.organization.Grade;
import org.hamyar.agreements.organization.Grading;

/** A capacity assessment of an NGO; the assessing organisation is the caller's. */
@Schema(name = "AssessmentRequest")
public record AssessmentRequest(
        @Schema(example = "B") @NotNull Grade grade,
        @Schema(description = "When the assessment was made (ISO or Jalali).", example = "1405-08-15") @NotNull LocalDate assessedOn,
        @Size(max = 2000) String note) {

    public Grading toGrading() {
        return new Grading(grade, assessedOn, note);
    }
}
