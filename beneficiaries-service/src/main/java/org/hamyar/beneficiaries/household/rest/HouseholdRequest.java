package org.hamyar.beneficiaries.household.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.beneficiaries.household.EnrolmentCategory;
import org.hamyar.beneficiaries.person.rest.AddressDto;
import org.hamyar.beneficiaries.person.rest.PersonRequest;

@Schema(name = "HouseholdRequest", description = "A household to register: its head, members and address.")
public record HouseholdRequest(
        @NotNull @Valid PersonRequest head,
        @Size(max = 30) List<@NotNull @Valid MemberRequest> members,
        @NotNull @Valid AddressDto address,
        @Schema(description = "The category the registering organisation supports the household in")
        EnrolmentCategory enrolmentCategory) {
}
