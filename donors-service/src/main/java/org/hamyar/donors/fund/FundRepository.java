package org.hamyar.donors.fund;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class FundRepository implements PanacheRepositoryBase<Fund, UUID> {

    /** Newest first; the order the fund indexes end with. */
    private static final Sort NEWEST_FIRST = Sort.by("createdAt", Sort.Direction.Descending).and("id");

    public PanacheQuery<Fund> matching(FundKind kind, UUID owner) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (kind != null) {
            conditions.add("kind = :kind");
            parameters.and("kind", kind);
        }
        if (owner != null) {
            conditions.add("ownerOrganizationId = :owner");
            parameters.and("owner", owner);
        }
        return conditions.isEmpty() ? findAll(NEWEST_FIRST) : find(String.join(" and ", conditions), NEWEST_FIRST, parameters);
    }
}
