package org.hamyar.agreements.committee.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.agreements.committee.Decision;
import org.hamyar.agreements.committee.DecisionText;

/** A decision of the joint committee, recorded by a party's coordinator. */
@Schema(name = "DecisionRequest")
public record DecisionRequest(
        @Schema(example = "تصویب دستورالعمل اعطای تسهیلات رفاهی به سمن‌های معرفی‌شده") @NotBlank @Size(max = 500) String subject,
        @NotBlank @Size(max = 10000) String text,
        @Schema(example = "1405-08-20") @NotNull LocalDate decidedOn,
        @Schema(description = "OTHER when absent") Decision.Kind kind) {

    public DecisionText toDecisionText() {
        return new DecisionText(subject, text, decidedOn, kind);
    }
}
