package org.hamyar.api.security;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling: the user's organisation (the access token's {@code org} claim, a UUID string set
 * from the Keycloak user attribute of the same name), roles and username.
 */
@RequestScoped
public class Caller {

    /** The claim Keycloak maps the user attribute {@code org} into. */
    public static final String ORGANIZATION_CLAIM = "org";
    public static final String USERNAME_CLAIM = "preferred_username";

    private final SecurityIdentity identity;

    @Inject
    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /**
     * The caller's organisation.
     *
     * @throws org.hamyar.api.problem.DomainProblem 403 {@code no-organization} when the token has no valid {@code org} claim
     */
    public UUID organizationId() {
        return organizationIdIfAny().orElseThrow(Actor::noOrganization);
    }

    /** The caller as the services' rules see it ({@link Actor}). */
    public Actor actor() {
        return new Actor(organizationIdIfAny().orElse(null), username(), roles());
    }

    public Optional<UUID> organizationIdIfAny() {
        return claimText(ORGANIZATION_CLAIM).flatMap(Caller::uuid);
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }

    public boolean isAuditor() {
        return hasRole(Roles.AUDITOR);
    }

    /**
     * The {@code preferred_username} claim, or the principal's name when the token has none.
     *
     * @throws UnauthorizedException for an anonymous request
     */
    public String username() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        return claimText(USERNAME_CLAIM).orElseGet(() -> identity.getPrincipal().getName());
    }

    public Set<String> roles() {
        return Set.copyOf(identity.getRoles());
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    private Optional<String> claimText(String claim) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        return text(token.getClaim(claim));
    }

    /** Keycloak writes a single-valued attribute as a string, a multivalued one as an array. */
    private static Optional<String> text(Object value) {
        return switch (value) {
            case String s -> Optional.of(s);
            case JsonString s -> Optional.of(s.getString());
            case JsonArray array when array.size() == 1 -> text(array.get(0));
            case Collection<?> values when values.size() == 1 -> text(values.iterator().next());
            case null, default -> Optional.empty();
        };
    }

    private static Optional<UUID> uuid(String text) {
        try {
            UUID id = UUID.fromString(text.strip());
            // UUID.fromString accepts shortened groups ("1-1-1-1-1"); only the canonical form is an id.
            return id.toString().equalsIgnoreCase(text.strip()) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
