package org.hamyar.agreements.commitment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hamyar.agreements.agreement.Commitment;

@ApplicationScoped
public class CommitmentRepository implements PanacheRepositoryBase<Commitment, UUID> {

    /**
     * Commitments that have just become overdue and were not announced yet, locked with their
     * agreement for this transaction; rows another replica holds are skipped, so each is announced
     * by one replica only. Mirrors {@code CommitmentProgress#overdueOn}: past the due date, not
     * reported done, target (if any) not reached, agreement in force or expired.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> lockNewlyOverdue(LocalDate today, int limit) {
        return getEntityManager().createNativeQuery("""
                        select c.id from commitment c join agreement a on a.id = c.agreement_id
                        where c.due_date < :today and c.overdue_published_at is null and c.withdrawn_in_version is null
                          and not c.reported_done and (c.target_value is null or c.progress_total < c.target_value)
                          and a.status in ('ACTIVE', 'EXPIRED')
                        order by c.due_date
                        limit :limit
                        for update of c, a skip locked""", UUID.class)
                .setParameter("today", today)
                .setParameter("limit", limit)
                .getResultList();
    }
}
