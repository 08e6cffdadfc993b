package org.hamyar.beneficiaries.household.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.beneficiaries.household.EnrolmentCategory;
import org.hamyar.beneficiaries.person.rest.AddressDto;

/** The caller's version of a household besides its people, replaced whole (PUT); members change by their own requests. */
@Schema(name = "HouseholdUpdateRequest", description = "The caller's version of a household's address and enrolment, "
        + "replaced whole. Members join, leave and a new head is named by their own requests.")
public record HouseholdUpdateRequest(
        @NotNull @Valid AddressDto address,
        @Schema(description = "The category the caller's organisation supports the household in; none clears it")
        EnrolmentCategory enrolmentCategory) {
}
