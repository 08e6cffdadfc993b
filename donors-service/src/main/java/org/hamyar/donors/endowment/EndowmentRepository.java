package org.hamyar.donors.endowment;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class EndowmentRepository implements PanacheRepositoryBase<Endowment, UUID> {

    private static final Sort NEWEST_FIRST = Sort.by("registeredAt", Sort.Direction.Descending).and("id");

    public PanacheQuery<Endowment> matching(UUID trustee) {
        return trustee == null ? findAll(NEWEST_FIRST) : find("trusteeOrganizationId", NEWEST_FIRST, trustee);
    }

    public boolean deedRegistered(String deedNumber) {
        return count("deedNumber", deedNumber) > 0;
    }
}
