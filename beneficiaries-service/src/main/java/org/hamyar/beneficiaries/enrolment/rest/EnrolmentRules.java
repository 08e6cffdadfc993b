package org.hamyar.beneficiaries.enrolment.rest;

import java.util.List;

import org.hamyar.api.validation.Violation;
import org.hamyar.api.validation.Violations;

/** The rules about an enrolment request's fields, checked with its shape in one 400: one subject, an end not before the start. */
public final class EnrolmentRules {

    private EnrolmentRules() {
    }

    public static List<Violation> check(EnrolmentRequest request) {
        Violations violations = new Violations();
        if ((request.personId() == null) == (request.householdId() == null)) {
            violations.add("personId", "subject.exactly-one");
            violations.add("householdId", "subject.exactly-one");
        }
        violations.when(request.startDate() != null && request.endDate() != null
                && request.endDate().isBefore(request.startDate()), "endDate", "enrolment.end-before-start");
        return violations.list();
    }
}
