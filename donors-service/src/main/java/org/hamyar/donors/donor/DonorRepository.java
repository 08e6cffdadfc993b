package org.hamyar.donors.donor;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DonorRepository implements PanacheRepositoryBase<Donor, UUID> {

    private static final Sort NEWEST_FIRST = Sort.by("registeredAt", Sort.Direction.Descending).and("id");

    public PanacheQuery<Donor> matching(UUID assembly) {
        return assembly == null ? findAll(NEWEST_FIRST) : find("assemblyOrganizationId", NEWEST_FIRST, assembly);
    }

    public Optional<Donor> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public boolean identifierRegistered(String identifier) {
        return count("identifier", identifier) > 0;
    }

    public boolean usernameTaken(String username, UUID other) {
        return count("username = ?1 and id <> ?2", username, other) > 0;
    }
}
