package org.hamyar.beneficiaries.household;

import java.util.List;

import org.hamyar.beneficiaries.person.PersonView;

/**
 * A household as one caller sees it: the shared identity (its id and head) and one organisation's
 * version (address, composition, enrolment), the caller's own when it registered the household.
 */
public record HouseholdView(Household household, HouseholdRecord record, PersonView head, List<Member> members) {

    public record Member(PersonView person, Relation relation) {
    }
}
