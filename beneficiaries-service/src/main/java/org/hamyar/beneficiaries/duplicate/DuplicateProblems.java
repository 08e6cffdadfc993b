package org.hamyar.beneficiaries.duplicate;

import java.util.UUID;

import org.hamyar.api.problem.DomainProblem;

/** The problems of /api/duplicates, one status each (docs/spine-api.md). */
public final class DuplicateProblems {

    private DuplicateProblems() {
    }

    /** No such flag, or one naming a person the caller may not see: the two look the same. */
    public static final class DuplicateNotFound extends DomainProblem {
        public DuplicateNotFound(UUID id) {
            super(404, "duplicate-not-found", "Duplicate not found", "There is no possible duplicate {0} that you may see", id);
        }
    }

    /** The flag was merged or dismissed already. */
    public static final class DuplicateNotOpen extends DomainProblem {
        public DuplicateNotOpen(UUID id, DuplicateStatus status) {
            super(409, "duplicate-not-open", "Duplicate not open", "The possible duplicate {0} is {1} already", id, status);
        }
    }

    /** Both persons head a household: one household must be dissolved (or its head changed) first. */
    public static final class MergeConflict extends DomainProblem {
        public MergeConflict() {
            super(409, "merge-conflict", "Merge conflict",
                    "The two persons belong to different households now; record the move (or a new head) before merging");
        }
    }
}
