package org.hamyar.beneficiaries.household.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.beneficiaries.household.EnrolmentCategory;
import org.hamyar.beneficiaries.household.repository.HouseholdListRepository;
import org.hamyar.beneficiaries.person.rest.AddressDto;

@Schema(name = "HouseholdSummary", description = "A household in a list: one organisation's version of it (the caller's own "
        + "when it registered it), its head as that organisation registered them; GET /api/households/{id} has the people.")
public record HouseholdSummary(
        UUID id,
        UUID headPersonId,
        String headFirstName,
        String headLastName,
        AddressDto address,
        @Schema(description = "The category the organisation of this version supports it in, if any", nullable = true)
        EnrolmentCategory enrolmentCategory,
        @Schema(description = "The head and the members in this version") int size,
        @Schema(description = "Someone of the household has a disability in this version") boolean disabilityInHousehold,
        @Schema(description = "Whose version this is") UUID registeredByOrganizationId,
        Instant registeredAt) {

    public static HouseholdSummary of(HouseholdListRepository.Row r) {
        return new HouseholdSummary(r.householdId(), r.headPersonId(), r.headFirstName(), r.headLastName(),
                new AddressDto(r.provinceCode(), r.county(), r.village(), r.rural()), r.enrolment(), r.size(),
                r.disability(), r.organizationId(), r.registeredAt());
    }
}
