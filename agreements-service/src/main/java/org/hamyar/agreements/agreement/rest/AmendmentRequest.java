package org.hamyar.agreements.agreement.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.agreements.agreement.Amendment;

/** A proposed new version of a signed agreement's text, with why it changes; the proposer's party signs it with it. */
@Schema(name = "AmendmentRequest")
public record AmendmentRequest(
        @Schema(example = "تمدید مدت تفاهم‌نامه تا پایان سال ۱۴۰۶") @NotBlank @Size(max = 2000) String reason,
        @Schema(description = "The whole new text; the parties stay the same") @NotNull @Valid TermsBody terms,
        @Schema(description = "Who signs the amendment for the proposing party; the proposing coordinator when absent",
                example = "مجید مؤمنی") @Size(max = 200) String signatoryName,
        @Schema(example = "مدیرکل کمیته امداد امام خمینی (ره) استان قزوین") @Size(max = 300) String signatoryTitle) {

    public Amendment toAmendment() {
        return new Amendment(reason, terms == null ? null : TermsMapper.toDomain(terms), signatoryName, signatoryTitle);
    }
}
