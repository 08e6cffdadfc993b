package org.hamyar.agreements.committee.rest;

import org.hamyar.agreements.committee.CommitteeMember;
import org.hamyar.agreements.committee.CommitteeOverview;
import org.hamyar.agreements.committee.Decision;
import org.hamyar.agreements.committee.Nomination;

/** The committee as the API shows it. */
final class CommitteeMapper {

    private CommitteeMapper() {
    }

    static CommitteeView view(CommitteeOverview committee) {
        var seating = committee.seating();
        var members = committee.members();
        var seats = committee.terms().seats().stream()
                .map(s -> new CommitteeView.SeatsView(s.organizationId(), s.seats(),
                        s.seats() - seating.seatsLeftFor(s.organizationId())))
                .toList();
        var rules = committee.terms().nominationRules().stream()
                .map(r -> new CommitteeView.RuleView(r.id(), r.nominatingOrganizationId(), r.choosingOrganizationId(),
                        r.nominees(), r.seats(),
                        (int) members.stream().filter(m -> r.id().equals(m.ruleId())).count(),
                        r.nomineeType(), r.description()))
                .toList();
        return new CommitteeView(committee.agreementId(), seating.totalSeats(), members.size(), seats, rules,
                members.stream().map(CommitteeMapper::view).toList(),
                committee.nominations().stream().map(CommitteeMapper::view).toList());
    }

    static CommitteeView.MemberView view(CommitteeMember member) {
        return new CommitteeView.MemberView(member.id(), member.organizationId(), member.seatPartyId(), member.ruleId(),
                member.nominationId(), member.personName(), member.personTitle(), member.appointedOn());
    }

    static CommitteeView.NominationView view(Nomination nomination) {
        return new CommitteeView.NominationView(nomination.id(), nomination.ruleId(), nomination.nomineeIds(),
                nomination.status(), nomination.nominatedByOrganizationId(), nomination.nominatedAt(),
                nomination.selectedOrganizationId(), nomination.selectedAt());
    }

    static CommitteeView.DecisionView view(Decision decision) {
        return new CommitteeView.DecisionView(decision.id(), decision.agreementId(), decision.subject(), decision.text(),
                decision.kind(), decision.decidedOn(), decision.recordedByOrganizationId(), decision.recordedAt());
    }
}
