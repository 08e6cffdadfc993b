package org.hamyar.beneficiaries.person.rest;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.beneficiaries.person.PersonDetails;
import org.hamyar.beneficiaries.person.Sex;
import org.hamyar.beneficiaries.person.mapping.PersonMapper;
import org.hamyar.beneficiaries.validation.PhoneNumber;
import org.hamyar.beneficiaries.validation.PlainText;

/**
 * The caller's organisation's version of a person, replaced whole (PUT). The national code is the
 * identity and is not part of it: a different code is a different person.
 */
@Schema(name = "PersonUpdateRequest", description = "The caller's version of a person, replaced whole; "
        + "fields left out are cleared. The national code never changes by an update.")
public record PersonUpdateRequest(
        @Schema(examples = "علی") @NotBlank @Size(max = 100) @PlainText String firstName,
        @Schema(examples = "کریمی") @NotBlank @Size(max = 100) @PlainText String lastName,
        @Schema(examples = "حسین") @Size(max = 100) @PlainText String fatherName,
        @Schema(description = "ISO (1981-08-03) or Jalali (1360-05-12)", examples = "1360-05-12")
        @NotNull @PastOrPresent LocalDate birthDate,
        @NotNull Sex sex,
        @Valid DisabilityDto disability,
        @Schema(description = "Mobile or landline; national or +98 form, any digit script", examples = "09121234567")
        @PhoneNumber String phone,
        @Valid AddressDto address) {

    public PersonDetails details() {
        return new PersonDetails(null, firstName, lastName, fatherName, birthDate, sex,
                disability == null ? null : disability.type(), disability == null ? null : disability.severity(),
                phone, PersonMapper.address(address));
    }
}
