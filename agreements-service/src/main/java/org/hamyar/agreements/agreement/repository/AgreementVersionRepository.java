package org.hamyar.agreements.agreement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hamyar.agreements.agreement.AgreementVersion;

@ApplicationScoped
public class AgreementVersionRepository implements PanacheRepositoryBase<AgreementVersion, AgreementVersion.Key> {

    public List<AgreementVersion> history(UUID agreementId) {
        return list("agreementId", Sort.ascending("version"), agreementId);
    }

    public Optional<AgreementVersion> find(UUID agreementId, int version) {
        return findByIdOptional(new AgreementVersion.Key(agreementId, version));
    }
}
