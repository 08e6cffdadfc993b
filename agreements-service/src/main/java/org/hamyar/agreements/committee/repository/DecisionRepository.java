package org.hamyar.agreements.committee.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

import org.hamyar.agreements.committee.Decision;

@ApplicationScoped
public class DecisionRepository implements PanacheRepositoryBase<Decision, UUID> {

    public List<Decision> ofAgreement(UUID agreementId) {
        return list("agreementId", Sort.ascending("decidedOn", "recordedAt"), agreementId);
    }
}
