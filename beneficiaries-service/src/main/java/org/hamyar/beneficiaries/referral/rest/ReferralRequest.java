package org.hamyar.beneficiaries.referral.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.beneficiaries.aid.AidCategory;
import org.hamyar.beneficiaries.validation.PlainText;

@Schema(name = "ReferralRequest", description = "A referral of a person or a household (exactly one of personId, householdId).")
public record ReferralRequest(
        UUID personId,
        UUID householdId,
        @NotNull UUID receiverOrganizationId,
        @Schema(description = "The aid the sender asks the receiver for") @NotNull AidCategory aidCategory,
        @Schema(description = "Why the family is referred; plain text, read by the two organisations and auditors only, never published")
        @NotBlank @Size(max = 1000) @PlainText String reason,
        ConsentDto consent) {
}
