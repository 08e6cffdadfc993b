package org.hamyar.beneficiaries.enrolment;

import java.util.UUID;

import org.hamyar.api.problem.DomainProblem;
import org.hamyar.beneficiaries.household.EnrolmentCategory;

/** The ways an enrolment is refused, one status each. */
public final class EnrolmentProblems {

    private EnrolmentProblems() {
    }

    /** 404: no such enrolment, or not the caller's organisation's (auditors see all). */
    public static final class EnrolmentNotFound extends DomainProblem {
        public EnrolmentNotFound(UUID id) {
            super(404, "enrolment-not-found", "Enrolment not found", "There is no enrolment {0} that you may see", id);
        }
    }

    /** 409: the organisation already enrols the subject in the category for part of the period. */
    public static final class EnrolmentOverlaps extends DomainProblem {
        public EnrolmentOverlaps(EnrolmentCategory category, UUID existing) {
            super(409, "enrolment-overlaps", "Enrolment overlaps",
                    "Your organisation already enrols this subject in {0} for part of this period", category);
            with("enrolmentId", existing);
        }
    }

    /** 409: the enrolment was ended before. */
    public static final class AlreadyEnded extends DomainProblem {
        public AlreadyEnded(UUID id) {
            super(409, "enrolment-already-ended", "Enrolment already ended", "Enrolment {0} was ended before", id);
        }
    }
}
