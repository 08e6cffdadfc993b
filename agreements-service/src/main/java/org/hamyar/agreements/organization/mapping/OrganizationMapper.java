package org.hamyar.agreements.organization.mapping;

import org.hamyar.agreements.organization.Assessment;
import org.hamyar.agreements.organization.Organization;
import org.hamyar.agreements.organization.rest.AssessmentView;
import org.hamyar.agreements.organization.rest.OrganizationView;
import org.hamyar.standards.Province;
import org.hamyar.standards.Provinces;

/** Entities to API records; entities never go on the wire. */
public final class OrganizationMapper {

    private OrganizationMapper() {
    }

    public static OrganizationView view(Organization organization) {
        var grade = organization.currentGrade() == null ? null : new OrganizationView.CurrentGrade(
                organization.currentGrade(), organization.currentGradeOn(), organization.currentGradeBy());
        return new OrganizationView(organization.id(), organization.nameFa(), organization.nameEn(), organization.type(),
                organization.level(), organization.provinceCode(),
                Provinces.byCode(organization.provinceCode()).map(Province::nameFa).orElse(null),
                organization.county(), organization.parentId(), organization.nationalId(), grade,
                organization.createdAt(), organization.updatedAt(), organization.lockVersion());
    }

    public static AssessmentView view(Assessment assessment) {
        return new AssessmentView(assessment.id(), assessment.organizationId(), assessment.grade(), assessment.assessedOn(),
                assessment.assessingOrganizationId(), assessment.note(), assessment.recordedAt());
    }
}
