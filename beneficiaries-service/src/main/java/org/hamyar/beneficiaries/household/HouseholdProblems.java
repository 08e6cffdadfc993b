package org.hamyar.beneficiaries.household;

import java.util.UUID;

import org.hamyar.api.problem.DomainProblem;

/** What a change of a household (or of a person's record) can run into, one status each. */
public final class HouseholdProblems {

    private HouseholdProblems() {
    }

    /**
     * The caller sees the record through data sharing but did not register it: it may read the
     * registrant's version, never change it (docs/product.md §2). Nothing is disclosed that the
     * caller could not already read.
     */
    public static final class NotYourVersion extends DomainProblem {
        public NotYourVersion(UUID id) {
            super(403, "not-your-version", "Not your organisation's version",
                    "Record {0} was registered by another organisation; register it for yours to keep your own version", id);
        }
    }

    /**
     * The change does not fit the household as the caller's organisation registered it; the field
     * and its message (a key of {@code messages/problems}) say why.
     */
    public static final class ChangeRefused extends DomainProblem {
        public ChangeRefused(UUID id, String field, String messageKey) {
            super(409, "household-change-refused", "Household change refused",
                    "Household {0} as your organisation registered it does not allow this change", id);
            withField(field, "{" + messageKey + "}");
        }
    }
}
