package org.hamyar.agreements.commitment.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.agreements.commitment.ProgressEntry;

/** A progress report on a commitment. Values add up: report what was achieved since the last report. */
@Schema(name = "ProgressRequest")
public record ProgressRequest(
        @Schema(description = "What this report adds, in the target's unit (Persian digits accepted); absent for a "
                + "narrative report or a commitment without target", example = "۴۵۰")
        @PositiveOrZero @Max(1_000_000_000_000L) Long value,
        @Schema(example = "بیمه مسکن روستایی ۴۵۰ خانوار در شهرستان تاکستان") @NotBlank @Size(max = 4000) String note,
        @Schema(description = "The day the progress was measured (ISO or Jalali)", example = "1405-08-30") @NotNull LocalDate reportedOn,
        @Schema(description = "The commitment is fulfilled (the only way to fulfil one without a target)") Boolean done) {

    public ProgressEntry toEntry() {
        return new ProgressEntry(value, note, reportedOn, done);
    }
}
