package org.hamyar.beneficiaries.access;

import java.util.Objects;
import java.util.UUID;

/**
 * Who acts, as the services need it: the organisation from the token's {@code org} claim, the
 * username for the record, and whether the caller is a network auditor (reads everything, writes
 * nothing). Resources build it from {@code Caller}; demo data and tests build it directly.
 */
public record Actor(UUID organizationId, String username, boolean auditor) {

    public Actor {
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(username, "username");
    }

    public static Actor staff(UUID organizationId, String username) {
        return new Actor(organizationId, username, false);
    }
}
