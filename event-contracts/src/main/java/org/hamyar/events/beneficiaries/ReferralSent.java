package org.hamyar.events.beneficiaries;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An organisation referred a person or household to another, with the person's recorded consent to share their record with the receiver. Carries no free text: the reason stays in the service.
 * Keyed by the referral id; names the subject by its household id or person id and hash only.
 *
 * @param householdId the household referred, null when a person is
 * @param personId    the person referred, null when a household is
 * @param personHash  the network's keyed hash of the referred person's national code, null when a household is
 * @param aidCategory the aid the sender asks the receiver for
 * @param consentMethod how the person's consent was recorded ({@code SIGNED_FORM}, {@code THUMBPRINT}, {@code VERBAL_WITNESSED}, {@code ELECTRONIC})
 */
public record ReferralSent(
        UUID referralId,
        UUID senderOrganizationId,
        UUID receiverOrganizationId,
        UUID householdId,
        UUID personId,
        String personHash,
        String aidCategory,
        String consentMethod,
        LocalDate consentDate,
        Instant sentAt) {
}
