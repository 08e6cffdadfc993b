package org.hamyar.donors.aid.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.hamyar.donors.aid.GrantedAid;
import org.hamyar.donors.aid.GrantedAidFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class GrantedAidRepository implements PanacheRepositoryBase<GrantedAid, UUID> {

    /** Newest first; the order every index of granted_aid ends with, so a page is an index range. */
    private static final Sort NEWEST_FIRST = Sort.by("grantedAt", Sort.Direction.Descending)
            .and("aidId", Sort.Direction.Ascending);

    public PanacheQuery<GrantedAid> matching(GrantedAidFilter filter) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        filter.provider().ifPresent(provider -> {
            conditions.add("providerOrganizationId = :provider");
            parameters.and("provider", provider);
        });
        filter.category().ifPresent(category -> {
            conditions.add("category = :category");
            parameters.and("category", category.name());
        });
        filter.province().ifPresent(province -> {
            conditions.add("provinceCode = :province");
            parameters.and("province", province.code());
        });
        if (conditions.isEmpty()) {
            return findAll(NEWEST_FIRST);
        }
        return find(String.join(" and ", conditions), NEWEST_FIRST, parameters);
    }
}
