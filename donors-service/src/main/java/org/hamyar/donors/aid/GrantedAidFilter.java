package org.hamyar.donors.aid;

import java.util.Optional;
import java.util.UUID;

/** Which granted aid a list shows; an empty criterion matches every row. */
public record GrantedAidFilter(Optional<UUID> provider, Optional<String> category, Optional<String> provinceCode) {

    public static GrantedAidFilter everything() {
        return new GrantedAidFilter(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public GrantedAidFilter withProvider(UUID organization) {
        return new GrantedAidFilter(Optional.of(organization), category, provinceCode);
    }
}
