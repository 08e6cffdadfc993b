package org.hamyar.donors.aid.rest;

import org.hamyar.api.problem.DomainProblem;

/**
 * A filter or id of a granted-aid request that cannot name anything; its fields say which. The
 * type is the conventions' {@code invalid-parameter}, the same as a bad {@code page} or {@code size}.
 */
public final class InvalidGrantedAidParameter extends DomainProblem {

    public InvalidGrantedAidParameter() {
        super(400, "invalid-parameter", "Invalid parameter",
                "A parameter of the request has a value this endpoint cannot accept");
    }
}
