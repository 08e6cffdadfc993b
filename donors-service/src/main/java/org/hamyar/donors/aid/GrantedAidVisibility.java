package org.hamyar.donors.aid;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Which granted aid a caller may read. Auditors and admins read the whole network's; a coordinator
 * reads the aid its own organisation provided, and for it every other row does not exist (404, not
 * 403: a 403 would confirm that the aid exists).
 */
public sealed interface GrantedAidVisibility {

    boolean sees(GrantedAid aid);

    /** The filter narrowed to what the caller may see; empty when nothing it asked for is visible. */
    Optional<GrantedAidFilter> narrow(GrantedAidFilter filter);

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
