package org.hamyar.agreements.organization;

import java.util.UUID;

import org.hamyar.api.problem.DomainProblem;

/** 404: no organisation has this id. */
public final class OrganizationNotFound extends DomainProblem {

    public OrganizationNotFound(UUID id) {
        super(404, "organization-not-found", "Organisation not found", "No organisation has the id {0}", id);
    }
}
