package org.hamyar.beneficiaries.overlap.override;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class OverlapOverrideRepository implements PanacheRepositoryBase<OverlapOverride, UUID> {

    private static final Sort NEWEST_FIRST = Sort.descending("overriddenAt", "id");

    /**
     * The overrides of one provider (index {@code overlap_override_provider_at}), or of the whole
     * network when {@code provider} is null (index {@code overlap_override_at}), newest first.
     */
    public PanacheQuery<OverlapOverride> list(UUID provider) {
        return provider == null ? findAll(NEWEST_FIRST)
                : find("providerOrganizationId", NEWEST_FIRST, provider);
    }
}
