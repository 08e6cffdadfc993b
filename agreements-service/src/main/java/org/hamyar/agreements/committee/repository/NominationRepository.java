package org.hamyar.agreements.committee.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

import org.hamyar.agreements.committee.Nomination;

@ApplicationScoped
public class NominationRepository implements PanacheRepositoryBase<Nomination, UUID> {

    public List<Nomination> ofAgreement(UUID agreementId) {
        return list("agreementId", Sort.ascending("nominatedAt", "id"), agreementId);
    }
}
