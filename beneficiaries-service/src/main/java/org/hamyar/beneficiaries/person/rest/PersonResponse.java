package org.hamyar.beneficiaries.person.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.beneficiaries.person.Sex;

@Schema(name = "Person", description = "A person as an organisation entitled to see them reads them.")
public record PersonResponse(
        UUID id,
        @Schema(description = "10 ASCII digits") String nationalCode,
        @Schema(description = "The network's keyed hash of the national code, as events carry it") String personHash,
        String firstName,
        String lastName,
        String fatherName,
        LocalDate birthDate,
        Sex sex,
        DisabilityDto disability,
        String phone,
        AddressDto address,
        UUID registeredByOrganizationId,
        Instant registeredAt) {
}
