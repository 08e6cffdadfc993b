package org.hamyar.beneficiaries.person.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.beneficiaries.person.Sex;

@Schema(name = "Person", description = "A person as an organisation entitled to see them reads them: the network's identity and one "
        + "organisation's version of the record (the caller's own when it registered the person).")
public record PersonResponse(
        UUID id,
        @Schema(description = "10 ASCII digits; null for a person identified by a document", nullable = true) String nationalCode,
        @Schema(description = "The identity document of a person without a national code (number normalised)", nullable = true)
        IdentityDocumentDto identityDocument,
        @Schema(description = "The network's keyed hash of the national code (or of the document), as events carry it") String personHash,
        String firstName,
        String lastName,
        String fatherName,
        LocalDate birthDate,
        Sex sex,
        DisabilityDto disability,
        String phone,
        AddressDto address,
        @Schema(description = "Whose version of the record this is: the caller's own when it registered the person")
        UUID registeredByOrganizationId,
        @Schema(description = "When that organisation registered the person")
        Instant registeredAt,
        @Schema(description = "The versions of the record the caller may see disagree on names, father's name or birth "
                + "date and await review; absent when the caller may see only one version", nullable = true)
        Boolean identityUnderReview) {
}
