package org.hamyar.beneficiaries.person.service;

import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hamyar.api.http.EntityTags;
import org.hamyar.api.security.Actor;
import org.hamyar.beneficiaries.access.RecordAccess;
import org.hamyar.beneficiaries.household.HouseholdProblems;
import org.hamyar.beneficiaries.person.Address;
import org.hamyar.beneficiaries.person.Person;
import org.hamyar.beneficiaries.person.PersonDetails;
import org.hamyar.beneficiaries.person.PersonNotFound;
import org.hamyar.beneficiaries.person.PersonRecord;
import org.hamyar.beneficiaries.person.PersonView;
import org.hamyar.beneficiaries.person.PhoneNumbers;
import org.hamyar.beneficiaries.person.repository.PersonRepository;
import org.hamyar.standards.PersianText;

/**
 * Corrections of a person's record (docs/product.md §4): an organisation replaces its own version,
 * with the {@code ETag} it last read in {@code If-Match}; other organisations' versions are
 * untouched. Names, father's name or birth date that then disagree with the network's identity are
 * flagged for review as at registration; the organisation that registered the person first
 * corrects the identity itself (the identity is its version), and the other versions' flags follow.
 */
@ApplicationScoped
public class PersonRevision {

    private final PersonRepository persons;
    private final RecordAccess access;

    PersonRevision(PersonRepository persons, RecordAccess access) {
        this.persons = persons;
        this.access = access;
    }

    /** @param details the new version; its national code is ignored (the identity never changes by an update) */
    @Transactional
    public PersonView update(Actor actor, UUID id, String ifMatch, PersonDetails details) {
        Person person = persons.findByIdOptional(id).orElseThrow(() -> new PersonNotFound(id));
        PersonRecord record = persons.record(id, actor.organization()).orElseThrow(() ->
                access.of(actor, persons.records(id).stream().map(PersonRecord::organizationId).toList()).granted()
                        ? new HouseholdProblems.NotYourVersion(id) : new PersonNotFound(id));
        EntityTags.requireIfMatch(ifMatch, record.version);
        record.firstName = details.firstName().strip();
        record.lastName = details.lastName().strip();
        record.fatherName = details.fatherName() == null || details.fatherName().isBlank() ? null : details.fatherName().strip();
        record.firstNameNormalized = PersianText.normalize(record.firstName);
        record.lastNameNormalized = PersianText.normalize(record.lastName);
        record.fatherNameNormalized = record.fatherName == null ? null : PersianText.normalize(record.fatherName);
        record.birthDate = details.birthDate();
        record.sex = details.sex();
        record.disabilityType = details.disabilityType();
        record.disabilitySeverity = details.disabilitySeverity();
        record.phone = details.phone() == null ? null : PhoneNumbers.normalize(details.phone()).orElse(null);
        Address a = details.address();
        record.address = a == null ? null : new Address(a.provinceCode, a.county, a.village, Boolean.TRUE.equals(a.rural));
        if (person.registeredByOrganizationId.equals(record.organizationId())) {
            correctIdentity(person, record);
        } else {
            record.identityDisputed = disagrees(record, person);
        }
        persons.flush();
        return new PersonView(person, record, null);
    }

    /** The first registrant's correction is the identity's: its version agrees again, the others are compared anew. */
    private void correctIdentity(Person person, PersonRecord record) {
        person.firstName = record.firstName;
        person.lastName = record.lastName;
        person.fatherName = record.fatherName;
        person.firstNameNormalized = record.firstNameNormalized;
        person.lastNameNormalized = record.lastNameNormalized;
        person.fatherNameNormalized = record.fatherNameNormalized;
        person.birthDate = record.birthDate;
        person.sex = record.sex;
        record.identityDisputed = false;
        persons.flush();
        persons.getEntityManager().createNativeQuery("""
                        update person_registration r
                        set identity_disputed = (r.first_name_normalized <> p.first_name_normalized
                                              or r.last_name_normalized <> p.last_name_normalized
                                              or r.father_name_normalized is distinct from p.father_name_normalized
                                              or r.birth_date <> p.birth_date)
                        from person p
                        where p.id = r.person_id and r.person_id = ?1 and r.organization_id <> ?2""")
                .setParameter(1, person.id)
                .setParameter(2, record.organizationId())
                .executeUpdate();
    }

    private static boolean disagrees(PersonRecord record, Person person) {
        return !record.firstNameNormalized.equals(person.firstNameNormalized)
                || !record.lastNameNormalized.equals(person.lastNameNormalized)
                || !Objects.equals(record.fatherNameNormalized, person.fatherNameNormalized)
                || !record.birthDate.equals(person.birthDate);
    }
}
