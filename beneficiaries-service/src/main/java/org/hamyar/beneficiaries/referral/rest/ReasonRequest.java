package org.hamyar.beneficiaries.referral.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.beneficiaries.validation.PlainText;

@Schema(name = "DeclineRequest", description = "Why the receiver declines; shown to the sender in the history, never published.")
public record ReasonRequest(@NotBlank @Size(max = 1000) @PlainText String reason) {
}
