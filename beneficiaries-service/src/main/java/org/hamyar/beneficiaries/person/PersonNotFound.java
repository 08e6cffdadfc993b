package org.hamyar.beneficiaries.person;

import java.util.UUID;

import org.hamyar.api.problem.DomainProblem;

/** No such person, or none the caller may see: the two look the same (docs/product.md §2). */
public final class PersonNotFound extends DomainProblem {

    public PersonNotFound(UUID id) {
        super(404, "person-not-found", "Person not found", "There is no person {0} that you may see", id);
    }
}
