package org.hamyar.donors.aid.rest;

import org.hamyar.api.problem.DomainProblem;

/** A filter or id of a granted-aid request that cannot name anything; the fields say which. */
public final class InvalidGrantedAidQuery extends DomainProblem {

    public InvalidGrantedAidQuery() {
        super(400, "invalid-granted-aid-query", "Invalid granted-aid query",
                "The request names no granted aid; see the failing parameters");
    }
}
