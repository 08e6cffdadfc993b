package org.hamyar.beneficiaries.household;

import java.util.UUID;

import org.hamyar.api.problem.DomainProblem;

/** No such household, or none the caller may see: the two look the same (docs/product.md §2). */
public final class HouseholdNotFound extends DomainProblem {

    public HouseholdNotFound(UUID id) {
        super(404, "household-not-found", "Household not found", "There is no household {0} that you may see", id);
    }
}
