package org.hamyar.agreements.organization.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.agreements.organization.OrganizationDetails;
import org.hamyar.agreements.organization.OrganizationLevel;
import org.hamyar.agreements.organization.OrganizationType;

/** What an admin registers or updates about an organisation, as the API takes it. */
@Schema(name = "OrganizationDetails")
public record OrganizationRequest(
        @Schema(example = "کمیته امداد امام خمینی (ره) استان قزوین") @NotBlank @Size(max = 300) String nameFa,
        @Schema(example = "Imam Khomeini Relief Committee, Qazvin province") @Size(max = 300) String nameEn,
        @NotNull OrganizationType type,
        @NotNull OrganizationLevel level,
        @Schema(description = "Two-digit province code (any digit script); required below national level.", example = "26")
        @Size(max = 10) String provinceCode,
        @Schema(description = "County (shahrestan) or city; required at county level.") @Size(max = 200) String county,
        UUID parentOrganizationId,
        @Schema(description = "Legal-entity national id (shenase-ye melli): 11 digits with a check digit, any digit script.",
                example = "10380284790")
        @Size(max = 40) String nationalId) {

    public OrganizationDetails toDetails() {
        return new OrganizationDetails(nameFa, nameEn, type, level, provinceCode, county, parentOrganizationId, nationalId);
    }
}
