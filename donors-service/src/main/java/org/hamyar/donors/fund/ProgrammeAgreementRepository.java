package org.hamyar.donors.fund;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class ProgrammeAgreementRepository implements PanacheRepositoryBase<ProgrammeAgreement, UUID> {

    /**
     * Serialises, until the transaction ends, the writers of one agreement's terms: the consumer of
     * agreements.events and the demo data's seed terms may both find no row and insert it, and the
     * second insert would fail for good (a dead letter) instead of applying its version.
     */
    public void lockTerms(UUID agreementId) {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "programme_agreement:" + agreementId).getSingleResult();
    }
}
