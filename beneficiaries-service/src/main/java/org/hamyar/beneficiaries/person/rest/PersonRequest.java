package org.hamyar.beneficiaries.person.rest;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.beneficiaries.person.Sex;
import org.hamyar.beneficiaries.validation.NationalCodeValue;
import org.hamyar.beneficiaries.validation.OneIdentifier;
import org.hamyar.beneficiaries.validation.PhoneNumber;
import org.hamyar.beneficiaries.validation.PlainText;

@Schema(name = "PersonRequest", description = "A person to register, identified by a national code or, without one, an "
        + "identity document. An existing national code (or nationally unique document) finds the existing person.")
@OneIdentifier
public record PersonRequest(
        @Schema(description = "National code (kod-e melli): 10 digits in any script; 8 or 9 are left-padded. Required "
                + "unless identityDocument is given", examples = "0499370899")
        @NationalCodeValue String nationalCode,
        @Schema(examples = "علی") @NotBlank @Size(max = 100) @PlainText String firstName,
        @Schema(examples = "کریمی") @NotBlank @Size(max = 100) @PlainText String lastName,
        @Schema(examples = "حسین") @Size(max = 100) @PlainText String fatherName,
        @Schema(description = "ISO (1981-08-03) or Jalali (1360-05-12)", examples = "1360-05-12")
        @NotNull @PastOrPresent LocalDate birthDate,
        @NotNull Sex sex,
        @Valid DisabilityDto disability,
        @Schema(description = "Mobile or landline; national or +98 form, any digit script", examples = "09121234567")
        @PhoneNumber String phone,
        @Valid AddressDto address,
        @Schema(description = "Only for a person without a national code (a child not yet registered, a foreign national)")
        @Valid IdentityDocumentDto identityDocument) implements OneIdentifier.Identified {

    /** A person identified by a national code. */
    public PersonRequest(String nationalCode, String firstName, String lastName, String fatherName, LocalDate birthDate,
                         Sex sex, DisabilityDto disability, String phone, AddressDto address) {
        this(nationalCode, firstName, lastName, fatherName, birthDate, sex, disability, phone, address, null);
    }
}
