package org.hamyar.donors.aid;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.hamyar.api.security.Actor;
import org.hamyar.api.security.Roles;

import io.quarkus.security.ForbiddenException;

/**
 * Which granted aid a caller may read. Granted aid names no person, so auditors and admins read the
 * whole network's, as they read its organisations and agreements; a coordinator reads the aid its
 * own organisation provided, and for it every other row does not exist (404, not 403: a 403 would
 * confirm that the aid exists).
 */
public sealed interface GrantedAidVisibility {

    boolean sees(GrantedAid aid);

    /** The filter narrowed to what the caller may see; empty when nothing it asked for is visible. */
    Optional<GrantedAidFilter> narrow(GrantedAidFilter filter);

    /**
     * What the actor sees.
     *
     * @throws org.hamyar.api.problem.DomainProblem 403 {@code no-organization} for a coordinator whose token names none
     * @throws ForbiddenException                  for any other role (the resource admits none)
     */
    static GrantedAidVisibility of(Actor actor) {
        if (actor.readsNetworkRecords()) {
            return wholeNetwork();
        }
        if (actor.hasRole(Roles.COORDINATOR)) {
            return providedBy(actor.organization());
        }
        // refuse rather than show everything if the resource ever admits another role
        throw new ForbiddenException();
    }

    static GrantedAidVisibility wholeNetwork() {
        return new WholeNetwork();
    }

    static GrantedAidVisibility providedBy(UUID organization) {
        return new ProvidedBy(organization);
    }

    record WholeNetwork() implements GrantedAidVisibility {
        @Override
        public boolean sees(GrantedAid aid) {
            return true;
        }

        @Override
        public Optional<GrantedAidFilter> narrow(GrantedAidFilter filter) {
            return Optional.of(filter);
        }
    }

    record ProvidedBy(UUID organization) implements GrantedAidVisibility {
        public ProvidedBy {
            Objects.requireNonNull(organization, "organization");
        }

        @Override
        public boolean sees(GrantedAid aid) {
            return organization.equals(aid.providerOrganizationId());
        }

        @Override
        public Optional<GrantedAidFilter> narrow(GrantedAidFilter filter) {
            if (filter.provider().isPresent() && !filter.provider().get().equals(organization)) {
                return Optional.empty();
            }
            return Optional.of(filter.withProvider(organization));
        }
    }
}
