package org.hamyar.agreements.committee.mapping;

import java.util.List;

import org.hamyar.agreements.agreement.Agreement;
import org.hamyar.agreements.committee.CommitteeMember;
import org.hamyar.agreements.committee.CommitteeSeating;
import org.hamyar.agreements.committee.Decision;
import org.hamyar.agreements.committee.Nomination;
import org.hamyar.agreements.committee.rest.CommitteeView;

public final class CommitteeMapper {

    private CommitteeMapper() {
    }

    public static CommitteeView view(Agreement agreement, CommitteeSeating seating, List<CommitteeMember> members,
                                     List<Nomination> nominations) {
        var seats = agreement.committeeSeats().stream()
                .map(s -> new CommitteeView.SeatsView(s.organizationId(), s.seats(),
                        s.seats() - seating.seatsLeftFor(s.organizationId())))
                .toList();
        var rules = agreement.nominationRules().stream()
                .map(r -> new CommitteeView.RuleView(r.id(), r.nominatingOrganizationId(), r.choosingOrganizationId(),
                        r.nominees(), r.seats(),
                        (int) members.stream().filter(m -> r.id().equals(m.ruleId())).count(),
                        r.nomineeType(), r.terms().description()))
                .toList();
        return new CommitteeView(agreement.id(), seating.totalSeats(), members.size(), seats, rules,
                members.stream().map(CommitteeMapper::view).toList(),
                nominations.stream().map(CommitteeMapper::view).toList());
    }

    public static CommitteeView.MemberView view(CommitteeMember member) {
        return new CommitteeView.MemberView(member.id(), member.organizationId(), member.seatPartyId(), member.ruleId(),
                member.nominationId(), member.personName(), member.personTitle(), member.appointedOn());
    }

    public static CommitteeView.NominationView view(Nomination nomination) {
        return new CommitteeView.NominationView(nomination.id(), nomination.ruleId(), nomination.nomineeIds(),
                nomination.status(), nomination.nominatedByOrganizationId(), nomination.nominatedAt(),
                nomination.selectedOrganizationId(), nomination.selectedAt());
    }

    public static CommitteeView.DecisionView view(Decision decision) {
        return new CommitteeView.DecisionView(decision.id(), decision.agreementId(), decision.subject(), decision.text(),
                decision.kind(), decision.decidedOn(), decision.recordedByOrganizationId(), decision.recordedAt());
    }
}
