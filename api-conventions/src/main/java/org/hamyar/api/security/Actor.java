package org.hamyar.api.security;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hamyar.api.problem.DomainProblem;

/**
 * Who acts, as every service's rules see it: the organisation the person works for, a username for
 * the record, and the realm roles. Services take an actor rather than the request's {@link Caller},
 * so that demo data, jobs and tests act through the same rules.
 *
 * <p>The one rule set of the network:
 * <ul>
 * <li>Staff ({@code officer}, {@code coordinator}) act for their organisation only; a request that
 * acts for an organisation when the token names none is 403 {@code no-organization}
 * ({@link #organization()}).</li>
 * <li>An {@code auditor} reads across the network ({@link #auditsNetwork()}): every record, each
 * read of a family's record written to the audit log; it writes nothing (endpoints that write do
 * not allow the role).</li>
 * <li>An {@code admin} manages the network ({@link #administersNetwork()}): organisations and
 * their agreements, which it also reads across the network. The role opens no family's record;
 * an admin sees personal data only as staff of an organisation that may.</li>
 * <li>A {@code donor} reads what concerns its own gifts.</li>
 * </ul>
 *
 * @param organizationId the organisation of the token's {@code org} claim, or null when it names none
 * @param username       for the record (who registered, signed, read)
 * @param roles          the realm roles of {@link Roles}
 */
public record Actor(UUID organizationId, String username, Set<String> roles) {

    public Actor {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
    }

    /** Staff of {@code organization} with these roles: demo data, jobs and tests act through it. */
    public static Actor of(UUID organization, String username, String... roles) {
        return new Actor(organization, username, Set.of(roles));
    }

    /**
     * The organisation the actor acts for.
     *
     * @throws DomainProblem 403 {@code no-organization} when the token names none
     */
    public UUID organization() {
        return organizationIfAny().orElseThrow(Actor::noOrganization);
    }

    public Optional<UUID> organizationIfAny() {
        return Optional.ofNullable(organizationId);
    }

    public boolean belongsTo(UUID organization) {
        return organizationId != null && organizationId.equals(organization);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Reads every record of the network (auditor); reads of families' records are audited. */
    public boolean auditsNetwork() {
        return hasRole(Roles.AUDITOR);
    }

    /** Manages the network's organisations and agreements (admin); opens no family's record by this role. */
    public boolean administersNetwork() {
        return hasRole(Roles.ADMIN);
    }

    /** Reads the network's organisations and agreements, whoever they belong to: auditors and admins. */
    public boolean readsNetworkRecords() {
        return auditsNetwork() || administersNetwork();
    }

    static DomainProblem noOrganization() {
        return new DomainProblem(403, "no-organization", "No organisation",
                "Your access token names no organisation (claim org); ask an administrator to set it");
    }
}
