package org.hamyar.beneficiaries.referral.event;

import java.time.Instant;

import org.hamyar.beneficiaries.referral.Referral;
import org.hamyar.beneficiaries.referral.ReferralAction;
import org.hamyar.events.EventType;
import org.hamyar.events.beneficiaries.BeneficiaryEvents;
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

    /** An event and its type, as the outbox takes them. */
    public record Event<T>(EventType<T> type, T data) {
    }

    /** The event of a transition, by action. */
    public static Event<?> transitioned(Referral r, ReferralAction action, String personHash, Instant at) {
        return switch (action) {
            case ACCEPT -> new Event<>(BeneficiaryEvents.REFERRAL_ACCEPTED, new ReferralAccepted(r.id,
                    r.senderOrganizationId, r.receiverOrganizationId, r.householdId, r.personId, personHash,
                    r.aidCategory.name(), at));
            case DECLINE -> new Event<>(BeneficiaryEvents.REFERRAL_DECLINED, new ReferralDeclined(r.id,
                    r.senderOrganizationId, r.receiverOrganizationId, r.householdId, r.personId, personHash,
                    r.aidCategory.name(), at));
            case COMPLETE -> new Event<>(BeneficiaryEvents.REFERRAL_COMPLETED, new ReferralCompleted(r.id,
                    r.senderOrganizationId, r.receiverOrganizationId, r.householdId, r.personId, personHash,
                    r.aidCategory.name(), at));
            case REVOKE -> new Event<>(BeneficiaryEvents.REFERRAL_REVOKED, new ReferralRevoked(r.id,
                    r.senderOrganizationId, r.receiverOrganizationId, r.householdId, r.personId, personHash,
                    r.aidCategory.name(), at));
        };
    }
}
