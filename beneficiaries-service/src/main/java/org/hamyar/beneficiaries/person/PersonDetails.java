package org.hamyar.beneficiaries.person;

import java.time.LocalDate;

/**
 * What an organisation knows of a person when it registers them, already validated at the edge.
 *
 * @param nationalCode the code as given (any digit script); normalised on registration
 * @param address      null: the person lives at the household's address, or none was given
 */
public record PersonDetails(
        String nationalCode,
        String firstName,
        String lastName,
        String fatherName,
        LocalDate birthDate,
        Sex sex,
        DisabilityType disabilityType,
        DisabilitySeverity disabilitySeverity,
        String phone,
        Address address) {
}
