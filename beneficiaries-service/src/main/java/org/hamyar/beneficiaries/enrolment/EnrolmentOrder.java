package org.hamyar.beneficiaries.enrolment;

import java.time.LocalDate;

import org.hamyar.beneficiaries.access.Subject;
import org.hamyar.beneficiaries.household.EnrolmentCategory;

/** An enrolment as the organisation asks for it, its fields already checked (an end not before the start). */
public record EnrolmentOrder(Subject subject, EnrolmentCategory category, LocalDate startDate, LocalDate endDate) {
}
