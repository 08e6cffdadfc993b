package org.hamyar.beneficiaries.referral.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.beneficiaries.aid.AidCategory;
import org.hamyar.beneficiaries.referral.ConsentMethod;
import org.hamyar.beneficiaries.referral.ReferralStatus;

@Schema(name = "Referral", description = "A referral as both parties see it, with its history. It names the subject by id "
        + "only: the receiver reads the person's or household's record once it has accepted.")
public record ReferralResponse(
        UUID id,
        UUID personId,
        UUID householdId,
        UUID senderOrganizationId,
        UUID receiverOrganizationId,
        AidCategory aidCategory,
        String reason,
        Consent consent,
        ReferralStatus status,
        Instant sentAt,
        @Schema(description = "Every state the referral entered, oldest first: who moved it and when")
        List<Step> history,
        @Schema(description = "The version to send in If-Match (also the ETag header of a single referral)")
        long version) {

    @Schema(name = "ReferralConsent")
    public record Consent(boolean given, LocalDate date, ConsentMethod method) {
    }

    @Schema(name = "ReferralStep")
    public record Step(ReferralStatus status, UUID organizationId, String username, Instant at,
                       @Schema(description = "A decline's reason, or a revocation's when given") String reason) {
    }
}
