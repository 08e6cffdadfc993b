package org.hamyar.agreements.committee.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

import org.hamyar.agreements.agreement.Agreement;
import org.hamyar.agreements.agreement.Terms;
import org.hamyar.agreements.agreement.service.AmendmentRule;
import org.hamyar.agreements.committee.CommitteeSeating;
import org.hamyar.api.validation.Violation;
import org.hamyar.api.validation.Violations;

/**
 * An amendment may not take away a seat someone holds, nor a rule a member or open nomination
 * stands on: that would unseat members or void a nomination behind the committee's back.
 */
@ApplicationScoped
class CommitteeAmendmentRule implements AmendmentRule {

    private final CommitteeService committee;

    CommitteeAmendmentRule(CommitteeService committee) {
        this.committee = committee;
    }

    @Override
    public List<Violation> check(Agreement agreement, Terms terms) {
        var violations = new Violations();
        var seating = CommitteeSeating.of(terms.committee(), committee.seatsTaken(agreement.id()));
        for (var overfill : seating.overfilled()) {
            boolean partySeat = overfill.seat().partyOrganizationId() != null;
            violations.add(partySeat ? "committee.seats" : "committee.nominationRules",
                    partySeat ? "agreement.committee.seats-in-use" : "agreement.committee.rule-in-use", overfill.taken());
        }
        return violations.list();
    }
}
