package org.hamyar.beneficiaries.referral.rest;

import java.util.List;

import org.hamyar.api.validation.Violation;
import org.hamyar.api.validation.Violations;

/**
 * The rules about a referral request's fields, checked with its shape in one 400: exactly one
 * subject; a consent that is given names its date and how it was recorded. Consent that is absent
 * or not given is not a malformed request but a refused one (422 {@code consent-missing}).
 */
public final class ReferralRules {

    private ReferralRules() {
    }

    public static List<Violation> check(ReferralRequest request) {
        Violations violations = new Violations();
        if ((request.personId() == null) == (request.householdId() == null)) {
            violations.add("personId", "subject.exactly-one");
            violations.add("householdId", "subject.exactly-one");
        }
        ConsentDto consent = request.consent();
        if (consent != null && Boolean.TRUE.equals(consent.given())) {
            violations.when(consent.date() == null, "consent.date", "referral.consent-date-required");
            violations.when(consent.method() == null, "consent.method", "referral.consent-method-required");
        }
        return violations.list();
    }
}
