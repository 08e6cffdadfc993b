package org.hamyar.beneficiaries.referral.mapping;

import org.hamyar.beneficiaries.access.Subject;
import org.hamyar.beneficiaries.referral.Referral;
import org.hamyar.beneficiaries.referral.ReferralOrder;
import org.hamyar.beneficiaries.referral.ReferralTransition;
import org.hamyar.beneficiaries.referral.rest.ReferralRequest;
import org.hamyar.beneficiaries.referral.rest.ReferralResponse;
import org.hamyar.beneficiaries.referral.service.ReferralService;

/** Between the referral API records and the domain. */
public final class ReferralMapper {

    private ReferralMapper() {
    }

    /** A request whose shape and field rules passed: exactly one subject, a given consent's date and method. */
    public static ReferralOrder order(ReferralRequest r) {
        boolean given = r.consent() != null && Boolean.TRUE.equals(r.consent().given());
        return new ReferralOrder(new Subject(r.personId(), r.householdId()), r.receiverOrganizationId(), r.aidCategory(),
                r.reason(), given, given ? r.consent().date() : null, given ? r.consent().method() : null);
    }

    public static ReferralResponse response(ReferralService.View view) {
        Referral r = view.referral();
        return new ReferralResponse(r.id, r.personId, r.householdId, r.senderOrganizationId, r.receiverOrganizationId,
                r.aidCategory, r.reason, new ReferralResponse.Consent(true, r.consentDate, r.consentMethod), r.status,
                r.sentAt, view.history().stream().map(ReferralMapper::step).toList(), r.version);
    }

    private static ReferralResponse.Step step(ReferralTransition t) {
        return new ReferralResponse.Step(t.status, t.organizationId, t.username, t.at, t.reason);
    }
}
