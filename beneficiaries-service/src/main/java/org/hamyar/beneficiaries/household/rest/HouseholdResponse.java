package org.hamyar.beneficiaries.household.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.beneficiaries.household.EnrolmentCategory;
import org.hamyar.beneficiaries.household.Relation;
import org.hamyar.beneficiaries.person.rest.AddressDto;
import org.hamyar.beneficiaries.person.rest.PersonResponse;

@Schema(name = "Household", description = "A household as an organisation entitled to see it reads it.")
public record HouseholdResponse(
        UUID id,
        PersonResponse head,
        List<Member> members,
        AddressDto address,
        @Schema(description = "The category the organisation of this version supports it in, if any")
        EnrolmentCategory enrolmentCategory,
        @Schema(description = "Whose version of the household this is: the caller's own when it registered it")
        UUID registeredByOrganizationId,
        Instant registeredAt) {

    @Schema(name = "HouseholdMember")
    public record Member(Relation relation, PersonResponse person) {
    }
}
