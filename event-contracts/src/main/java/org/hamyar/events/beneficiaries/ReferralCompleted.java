package org.hamyar.events.beneficiaries;

import java.time.Instant;

import java.util.UUID;

/**
 * The receiver completed a referral it had accepted.
 * Keyed by the referral id; names the subject by its household id or person id and hash only.
 *
 * @param householdId the household referred, null when a person is
 * @param personId    the person referred, null when a household is
 * @param personHash  the network's keyed hash of the referred person's national code, null when a household is
 * @param aidCategory the aid the sender asks the receiver for
 */
public record ReferralCompleted(
        UUID referralId,
        UUID senderOrganizationId,
        UUID receiverOrganizationId,
        UUID householdId,
        UUID personId,
        String personHash,
        String aidCategory,
        Instant completedAt) {
}
