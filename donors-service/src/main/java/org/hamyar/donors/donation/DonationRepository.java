package org.hamyar.donors.donation;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class DonationRepository implements PanacheRepositoryBase<Donation, UUID> {

    private static final Sort NEWEST_FIRST = Sort.by("createdAt", Sort.Direction.Descending).and("id");

    public PanacheQuery<Donation> ofFund(UUID fund) {
        return find("fundId", NEWEST_FIRST, fund);
    }

    public PanacheQuery<Donation> ofDonor(UUID donor) {
        return find("donorId", NEWEST_FIRST, donor);
    }
}
