package org.hamyar.beneficiaries.household.rest;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.beneficiaries.household.Relation;
import org.hamyar.beneficiaries.person.Sex;
import org.hamyar.beneficiaries.person.rest.AddressDto;
import org.hamyar.beneficiaries.person.rest.DisabilityDto;
import org.hamyar.beneficiaries.person.rest.PersonRequest;
import org.hamyar.beneficiaries.person.rest.IdentityDocumentDto;
import org.hamyar.beneficiaries.validation.NationalCodeValue;
import org.hamyar.beneficiaries.validation.OneIdentifier;
import org.hamyar.beneficiaries.validation.PhoneNumber;
import org.hamyar.beneficiaries.validation.PlainText;

/** A member: the fields of a person, and the relation to the head. */
@OneIdentifier
@Schema(name = "MemberRequest", description = "A household member: the person's fields and the relation to the head.")
public record MemberRequest(
        @NationalCodeValue String nationalCode,
        @NotBlank @Size(max = 100) @PlainText String firstName,
        @NotBlank @Size(max = 100) @PlainText String lastName,
        @Size(max = 100) @PlainText String fatherName,
        @Schema(description = "ISO or Jalali") @NotNull @PastOrPresent LocalDate birthDate,
        @NotNull Sex sex,
        @Valid DisabilityDto disability,
        @PhoneNumber String phone,
        @Schema(description = "Only when the member lives elsewhere; otherwise the household's address")
        @Valid AddressDto address,
        @NotNull Relation relation,
        @Schema(description = "Only for a member without a national code (a child not yet registered, a foreign national)")
        @Valid IdentityDocumentDto identityDocument) implements OneIdentifier.Identified {

    public PersonRequest person() {
        return new PersonRequest(nationalCode, firstName, lastName, fatherName, birthDate, sex, disability, phone, address,
                identityDocument);
    }
}
