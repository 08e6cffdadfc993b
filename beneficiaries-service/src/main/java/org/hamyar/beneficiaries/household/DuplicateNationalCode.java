package org.hamyar.beneficiaries.household;

import org.hamyar.api.problem.DomainProblem;

/** The same national code twice in one household: one person cannot be two members. */
public final class DuplicateNationalCode extends DomainProblem {

    public DuplicateNationalCode(String field) {
        super(422, "duplicate-national-code", "Duplicate national code",
                "The same person appears twice in the household");
        withField(field, "appears earlier in the same household");
    }
}
