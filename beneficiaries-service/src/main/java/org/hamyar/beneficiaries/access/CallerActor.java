package org.hamyar.beneficiaries.access;

import jakarta.enterprise.context.RequestScoped;

import org.hamyar.api.security.Caller;

/** The request's {@link Actor}, from the verified token. */
@RequestScoped
public class CallerActor {

    private final Caller caller;

    CallerActor(Caller caller) {
        this.caller = caller;
    }

    /** @throws org.hamyar.api.problem.DomainProblem 403 when the token names no organisation */
    public Actor actor() {
        return new Actor(caller.organizationId(), caller.username(), caller.isAuditor());
    }
}
