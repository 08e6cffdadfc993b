package org.hamyar.beneficiaries.referral.event;

import java.time.Instant;

import org.hamyar.beneficiaries.referral.Referral;
import org.hamyar.beneficiaries.referral.ReferralAction;
import org.hamyar.events.beneficiaries.ReferralAccepted;
import org.hamyar.events.beneficiaries.ReferralCompleted;
import org.hamyar.events.beneficiaries.ReferralDeclined;
import org.hamyar.events.beneficiaries.ReferralRevoked;
import org.hamyar.events.beneficiaries.ReferralSent;

/** From a referral to its events: ids, categories and dates; never the reason or anything about the person but the hash. */
public final class ReferralEventMapper {

    private ReferralEventMapper() {
    }

    /** @param personHash the referred person's keyed hash, null when a household is referred */
    public static ReferralSent sent(Referral r, String personHash) {
        return new ReferralSent(r.id, r.senderOrganizationId, r.receiverOrganizationId, r.householdId, r.personId,
                personHash, r.aidCategory.name(), r.consentMethod.name(), r.consentDate, r.sentAt);
    }

    /** The event of a transition: its data, by action. */
    public static Object transitioned(Referral r, ReferralAction action, String personHash, Instant at) {
        return switch (action) {
            case ACCEPT -> new ReferralAccepted(r.id, r.senderOrganizationId, r.receiverOrganizationId, r.householdId,
                    r.personId, personHash, r.aidCategory.name(), at);
            case DECLINE -> new ReferralDeclined(r.id, r.senderOrganizationId, r.receiverOrganizationId, r.householdId,
                    r.personId, personHash, r.aidCategory.name(), at);
            case COMPLETE -> new ReferralCompleted(r.id, r.senderOrganizationId, r.receiverOrganizationId, r.householdId,
                    r.personId, personHash, r.aidCategory.name(), at);
            case REVOKE -> new ReferralRevoked(r.id, r.senderOrganizationId, r.receiverOrganizationId, r.householdId,
                    r.personId, personHash, r.aidCategory.name(), at);
        };
    }
}
