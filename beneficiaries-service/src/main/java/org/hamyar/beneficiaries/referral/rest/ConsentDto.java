package org.hamyar.beneficiaries.referral.rest;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.beneficiaries.referral.ConsentMethod;

@Schema(name = "Consent", description = "The person's consent to share their record with the receiver, as the sender recorded it.")
public record ConsentDto(
        @Schema(description = "Must be true: without consent there is no referral (422 consent-missing)") Boolean given,
        @Schema(description = "When the consent was given, ISO or Jalali; not in the future") LocalDate date,
        @Schema(description = "How it was recorded") ConsentMethod method) {
}
