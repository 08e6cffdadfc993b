package org.hamyar.beneficiaries.referral;

import java.time.LocalDate;
import java.util.UUID;

import org.hamyar.beneficiaries.access.Subject;
import org.hamyar.beneficiaries.aid.AidCategory;

/**
 * A referral as its sender asks for it, its fields already checked for shape.
 *
 * @param consentGiven whether the person's consent was recorded; without it there is no referral
 */
public record ReferralOrder(Subject subject, UUID receiverOrganizationId, AidCategory aidCategory, String reason,
                            boolean consentGiven, LocalDate consentDate, ConsentMethod consentMethod) {
}
