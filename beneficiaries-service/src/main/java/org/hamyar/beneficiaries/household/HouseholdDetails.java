package org.hamyar.beneficiaries.household;

import java.util.List;

import org.hamyar.beneficiaries.person.Address;
import org.hamyar.beneficiaries.person.PersonDetails;

/** A household as an organisation registers it, validated at the edge. */
public record HouseholdDetails(PersonDetails head, List<Member> members, Address address,
                               EnrolmentCategory enrolmentCategory) {

    public HouseholdDetails {
        members = members == null ? List.of() : List.copyOf(members);
    }

    public record Member(PersonDetails person, Relation relation) {
    }
}
