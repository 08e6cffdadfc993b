package org.hamyar.agreements.agreement.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.agreements.agreement.Amendment;

/** A new version of a signed agreement's text, with why it changed. */
@Schema(name = "AmendmentRequest")
public record AmendmentRequest(
        @Schema(example = "تمدید مدت تفاهم‌نامه تا پایان سال ۱۴۰۶") @NotBlank @Size(max = 2000) String reason,
        @Schema(description = "The whole new text; the parties stay the same") @NotNull @Valid TermsBody terms) {

    public Amendment toAmendment() {
        return new Amendment(reason, terms == null ? null : TermsMapper.toDomain(terms));
    }
}
