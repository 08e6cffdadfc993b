package org.hamyar.beneficiaries.referral.rest;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.beneficiaries.validation.PlainText;

@Schema(name = "ReferralRevocationRequest", description = "Optionally, why the sender revokes; never published.")
public record RevocationReasonRequest(@Size(max = 1000) @PlainText String reason) {
}
