package org.hamyar.donors.aid.rest;

import org.hamyar.api.problem.DomainProblem;

import java.util.UUID;

/** No granted aid with this id — or none that the caller may see, which it cannot tell apart. */
public final class GrantedAidNotFound extends DomainProblem {

    public GrantedAidNotFound(UUID aidId) {
        super(404, "granted-aid-not-found", "Granted aid not found",
                "No granted aid {0} is recorded for you", aidId.toString());
    }
}
