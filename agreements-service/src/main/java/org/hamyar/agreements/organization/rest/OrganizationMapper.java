package org.hamyar.agreements.organization.rest;

import org.hamyar.agreements.organization.Assessment;
import org.hamyar.agreements.organization.Organization;
import org.hamyar.standards.Province;
import org.hamyar.standards.Provinces;

/** Organisations and assessments to the API's records; entities never go on the wire. */
final class OrganizationMapper {

    private OrganizationMapper() {
    }

    static OrganizationView view(Organization organization) {
        var grade = organization.currentGrade() == null ? null : new OrganizationView.CurrentGrade(
                organization.currentGrade(), organization.currentGradeOn(), organization.currentGradeBy());
        return new OrganizationView(organization.id(), organization.nameFa(), organization.nameEn(), organization.type(),
                organization.level(), organization.provinceCode(),
                Provinces.byCode(organization.provinceCode()).map(Province::nameFa).orElse(null),
                organization.county(), organization.parentId(), organization.nationalId(), grade,
                organization.createdAt(), organization.updatedAt(), organization.lockVersion());
    }

    static AssessmentView view(Assessment assessment) {
        return new AssessmentView(assessment.id(), assessment.organizationId(), assessment.grade(), assessment.assessedOn(),
                assessment.assessingOrganizationId(), assessment.note(), assessment.recordedAt());
    }
}
