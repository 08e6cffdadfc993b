package org.hamyar.donors.aid;

import java.util.Optional;
import java.util.UUID;

import org.hamyar.standards.Province;

/** Which granted aid a list shows; an empty criterion matches every row. */
public record GrantedAidFilter(Optional<UUID> provider, Optional<AidCategory> category, Optional<Province> province) {

    /** The filter of a request's parameters, each null when the request leaves it out. */
    public static GrantedAidFilter of(UUID provider, AidCategory category, Province province) {
        return new GrantedAidFilter(Optional.ofNullable(provider), Optional.ofNullable(category),
                Optional.ofNullable(province));
    }

    public GrantedAidFilter withProvider(UUID organization) {
        return new GrantedAidFilter(Optional.of(organization), category, province);
    }
}
