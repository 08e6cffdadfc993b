package org.hamyar.agreements.organization.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.agreements.organization.Grade;
import org.hamyar.agreements.organization.OrganizationLevel;
import org.hamyar.agreements.organization.OrganizationType;

/** An organisation as the API shows it; every date also appears in Jalali ({@code xJalali}). */
@Schema(name = "Organization")
public record OrganizationView(
        UUID id,
        String nameFa,
        String nameEn,
        OrganizationType type,
        OrganizationLevel level,
        String provinceCode,
        String provinceNameFa,
        String county,
        UUID parentOrganizationId,
        String nationalId,
        @Schema(description = "The latest capacity assessment (NGOs), absent when never assessed.") CurrentGrade grade,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "The version, also sent as the ETag.") long version) {

    @Schema(name = "CurrentGrade")
    public record CurrentGrade(Grade grade, LocalDate assessedOn, UUID assessingOrganizationId) {
    }
}
