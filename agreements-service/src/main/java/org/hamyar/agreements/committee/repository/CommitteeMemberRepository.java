package org.hamyar.agreements.committee.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

import org.hamyar.agreements.committee.CommitteeMember;

@ApplicationScoped
public class CommitteeMemberRepository implements PanacheRepositoryBase<CommitteeMember, UUID> {

    public List<CommitteeMember> ofAgreement(UUID agreementId) {
        return list("agreementId", Sort.ascending("recordedAt", "id"), agreementId);
    }
}
