package org.hamyar.agreements.committee;

import java.util.List;
import java.util.UUID;

import org.hamyar.agreements.agreement.Terms;

/**
 * An agreement's joint committee as it stands: the seats and rules of the text, how many are taken,
 * the members and the nominations.
 */
public record CommitteeOverview(UUID agreementId, Terms.Committee terms, CommitteeSeating seating,
                                List<CommitteeMember> members, List<Nomination> nominations) {

    public CommitteeOverview {
        members = List.copyOf(members);
        nominations = List.copyOf(nominations);
    }
}
