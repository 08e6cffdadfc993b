package org.hamyar.agreements.agreement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hamyar.agreements.agreement.AmendmentProposal;
import org.hamyar.agreements.agreement.AmendmentStatus;

@ApplicationScoped
public class AmendmentProposalRepository implements PanacheRepositoryBase<AmendmentProposal, UUID> {

    /** Every proposal of an agreement, oldest first. */
    public List<AmendmentProposal> of(UUID agreementId) {
        return list("agreementId", Sort.ascending("number"), agreementId);
    }

    public Optional<AmendmentProposal> find(UUID agreementId, int number) {
        return find("agreementId = ?1 and number = ?2", agreementId, number).firstResultOptional();
    }

    /** The open proposal of an agreement (at most one: a partial unique index says so). */
    public Optional<AmendmentProposal> open(UUID agreementId) {
        return find("agreementId = ?1 and status = ?2", agreementId, AmendmentStatus.PROPOSED).firstResultOptional();
    }

    public int nextNumber(UUID agreementId) {
        Integer last = getEntityManager()
                .createQuery("select max(p.number) from AmendmentProposal p where p.agreementId = :id", Integer.class)
                .setParameter("id", agreementId).getSingleResult();
        return last == null ? 1 : last + 1;
    }
}
