package org.hamyar.beneficiaries.person;

import java.time.LocalDate;

/**
 * What an organisation knows of a person when it registers them, already validated at the edge.
 *
 * @param nationalCode the code as given (any digit script); normalised on registration; null when a
 *                     document identifies the person
 * @param address      null: the person lives at the household's address, or none was given
 * @param document     the identity document of a person without a national code, else null
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
        Address address,
        IdentityDocument document) {

    /** A person identified by a national code. */
    public PersonDetails(String nationalCode, String firstName, String lastName, String fatherName, LocalDate birthDate,
                         Sex sex, DisabilityType disabilityType, DisabilitySeverity disabilitySeverity, String phone,
                         Address address) {
        this(nationalCode, firstName, lastName, fatherName, birthDate, sex, disabilityType, disabilitySeverity, phone,
                address, null);
    }
}
