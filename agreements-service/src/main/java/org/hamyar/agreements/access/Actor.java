package org.hamyar.agreements.access;

import java.util.UUID;

import org.hamyar.api.security.Caller;

/**
 * Who acts, as the services see it: an organisation, a username for the record, and whether the
 * actor reads across the network (auditors and admins). Services take an actor rather than the
 * request's {@link Caller} so that the demo-data loader and the scheduler can act too.
 *
 * @param organizationId null when the token names no organisation
 */
public record Actor(UUID organizationId, String username, boolean readsEverything) {

    public static Actor of(Caller caller) {
        return new Actor(caller.organizationIdIfAny().orElse(null), caller.username(),
                caller.isAuditor() || caller.isAdmin());
    }

    /** A coordinator of {@code organization} (the demo data signs as each party). */
    public static Actor coordinatorOf(UUID organization, String username) {
        return new Actor(organization, username, false);
    }

    public boolean belongsTo(UUID organization) {
        return organizationId != null && organizationId.equals(organization);
    }
}
