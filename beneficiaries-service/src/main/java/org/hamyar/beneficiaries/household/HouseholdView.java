package org.hamyar.beneficiaries.household;

import java.util.List;

import org.hamyar.beneficiaries.person.Person;

/**
 * A household with its people, as one organisation sees it.
 *
 * @param enrolmentCategory the category the viewing organisation serves it under, if any
 */
public record HouseholdView(Household household, Person head, List<Member> members,
                            EnrolmentCategory enrolmentCategory) {

    public record Member(Person person, Relation relation) {
    }
}
