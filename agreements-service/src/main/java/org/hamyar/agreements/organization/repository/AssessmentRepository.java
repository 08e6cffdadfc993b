package org.hamyar.agreements.organization.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

import org.hamyar.agreements.organization.Assessment;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {

    /** The history of an organisation's assessments, latest first. */
    public List<Assessment> history(UUID organizationId) {
        return list("organizationId", Sort.descending("assessedOn", "recordedAt"), organizationId);
    }
}
