package org.hamyar.beneficiaries.person.mapping;

import org.hamyar.beneficiaries.person.Address;
import org.hamyar.beneficiaries.person.IdentityDocument;
import org.hamyar.beneficiaries.person.Person;
import org.hamyar.beneficiaries.person.PersonDetails;
import org.hamyar.beneficiaries.person.PersonRecord;
import org.hamyar.beneficiaries.person.PersonView;
import org.hamyar.beneficiaries.person.rest.AddressDto;
import org.hamyar.beneficiaries.person.rest.DisabilityDto;
import org.hamyar.beneficiaries.person.rest.IdentityDocumentDto;
import org.hamyar.beneficiaries.person.rest.PersonRequest;
import org.hamyar.beneficiaries.person.rest.PersonResponse;
import org.hamyar.standards.Province;
import org.hamyar.standards.Provinces;

/** Between the person API records and the entity; entities never go on the wire. */
public final class PersonMapper {

    private PersonMapper() {
    }

    public static PersonDetails details(PersonRequest r) {
        return new PersonDetails(r.nationalCode(), r.firstName(), r.lastName(), r.fatherName(), r.birthDate(), r.sex(),
                r.disability() == null ? null : r.disability().type(),
                r.disability() == null ? null : r.disability().severity(),
                r.phone(), address(r.address()), document(r.identityDocument()));
    }

    /** The document in its stored form; the shape was checked at the edge. */
    public static IdentityDocument document(IdentityDocumentDto dto) {
        return dto == null ? null : IdentityDocument.of(dto.type(), dto.number())
                .orElseThrow(() -> new IllegalArgumentException("unchecked document number"));
    }

    /** The address with its province as the two-digit code, or null. */
    public static Address address(AddressDto dto) {
        if (dto == null) {
            return null;
        }
        String province = Provinces.byCode(dto.provinceCode()).map(Province::code).orElse(dto.provinceCode());
        return new Address(province, dto.county().strip(), dto.village() == null ? null : dto.village().strip(),
                Boolean.TRUE.equals(dto.rural()));
    }

    public static AddressDto address(Address address) {
        if (address == null || address.provinceCode == null) {
            return null;
        }
        return new AddressDto(address.provinceCode, address.county, address.village, address.rural);
    }

    /** The identity with the one version of the record the caller may see (docs/product.md §2). */
    public static PersonResponse response(PersonView v) {
        Person p = v.identity();
        PersonRecord r = v.record();
        return new PersonResponse(p.id, p.nationalCode,
                p.documentType == null ? null : new IdentityDocumentDto(p.documentType, p.documentNumber), p.personHash, r.firstName, r.lastName, r.fatherName,
                r.birthDate, r.sex,
                r.disabilityType == null ? null : new DisabilityDto(r.disabilityType, r.disabilitySeverity),
                r.phone, address(r.address), r.organizationId(), r.registeredAt, v.identityUnderReview());
    }
}
