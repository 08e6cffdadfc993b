package org.hamyar.donors.allocation;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AllocationRepository implements PanacheRepositoryBase<Allocation, UUID> {

    private static final Sort NEWEST_FIRST = Sort.by("reservedAt", Sort.Direction.Descending).and("id");

    public PanacheQuery<Allocation> matching(UUID fund, UUID provider, AllocationStatus status) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (fund != null) {
            conditions.add("fundId = :fund");
            parameters.and("fund", fund);
        }
        if (provider != null) {
            conditions.add("providerOrganizationId = :provider");
            parameters.and("provider", provider);
        }
        if (status != null) {
            conditions.add("status = :status");
            parameters.and("status", status);
        }
        return conditions.isEmpty() ? findAll(NEWEST_FIRST) : find(String.join(" and ", conditions), NEWEST_FIRST, parameters);
    }

    /** The allocation, its row locked until the transaction ends. */
    public Optional<Allocation> locked(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The allocation the aid spent, its row locked. */
    public Optional<Allocation> lockedByAid(UUID aid) {
        return find("aidId", aid).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * Up to {@code limit} reservations expired at {@code now}, locked; rows another replica's job
     * holds are skipped (FOR UPDATE SKIP LOCKED), so replicas share the work and never release
     * one reservation twice.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> lockExpired(Instant now, int limit) {
        return getEntityManager().createNativeQuery("""
                        select id from allocation where status = 'RESERVED' and expires_at <= ?1
                        order by expires_at limit ?2 for update skip locked""", UUID.class)
                .setParameter(1, now).setParameter(2, limit)
                .getResultList();
    }
}
