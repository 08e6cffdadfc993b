package org.hamyar.beneficiaries.aid.rest;

import java.util.List;

import org.hamyar.api.validation.Violation;
import org.hamyar.api.validation.Violations;
import org.hamyar.beneficiaries.aid.AidStatus;

/**
 * The rules about an aid request's fields themselves (docs/product.md §4), checked together with
 * its shape so that one 400 {@code validation-failed} names every broken field. Messages are keys
 * of {@code messages/problems}.
 */
public final class AidRules {

    private AidRules() {
    }

    public static List<Violation> check(AidRequest request) {
        return new Violations()
                // insurance of a person, a dowry or a school year is given to one person of the household
                .when(request.category() != null && request.category().requiresPerson() && request.personId() == null,
                        "personId", "aid.person-required", request.category() == null ? "" : request.category().name())
                // aid goes to a household, or to a person outside any household
                .when(request.householdId() == null && request.personId() == null, "personId", "aid.subject-required")
                // an agreement or another programme, not both
                .when(request.agreementId() != null && request.programmeCode() != null, "programmeCode",
                        "aid.agreement-or-programme")
                // revoking is a request of its own
                .when(request.status() == AidStatus.REVOKED, "status", "aid.status-of-new-aid")
                .when(request.periodStart() != null && request.periodEnd() != null
                        && request.periodEnd().isBefore(request.periodStart()), "periodEnd", "aid.period-end-before-start")
                // an override says why: an empty justification is none
                .when(request.overrideJustification() != null && request.overrideJustification().isBlank(),
                        "overrideJustification", "aid.override-justification-blank")
                .list();
    }
}
