package org.hamyar.agreements.agreement.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.agreements.agreement.Signature;

/** A party's signature: who signed for the caller's organisation, and in what capacity. */
@Schema(name = "SignatureRequest")
public record SignatureRequest(
        @Schema(example = "مجید مؤمنی") @NotBlank @Size(max = 200) String signatoryName,
        @Schema(example = "مدیرکل کمیته امداد امام خمینی (ره) استان قزوین") @NotBlank @Size(max = 300) String signatoryTitle,
        @Schema(description = "The day on the signed paper, when it is recorded later (ISO or Jalali); today when absent",
                example = "1397-09-26") LocalDate signedOn) {

    public Signature toSignature() {
        return new Signature(signatoryName, signatoryTitle, signedOn);
    }
}
