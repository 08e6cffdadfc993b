package org.hamyar.events.beneficiaries;

import java.time.Instant;

import java.util.UUID;

/**
 * The sender revoked a referral before it was completed: the receiver no longer sees the referred record.
 * Keyed by the referral id; names the subject by its household id or person id and hash only.
 *
 * @param householdId the household referred, null when a person is
 * @param personId    the person referred, null when a household is
 * @param personHash  the network's keyed hash of the referred person's national code, null when a household is
 * @param aidCategory the aid the sender asks the receiver for
 */
public record ReferralRevoked(
        UUID referralId,
        UUID senderOrganizationId,
        UUID receiverOrganizationId,
        UUID householdId,
        UUID personId,
        String personHash,
        String aidCategory,
        Instant revokedAt) {
}
