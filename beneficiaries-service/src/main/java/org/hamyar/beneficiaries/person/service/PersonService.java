package org.hamyar.beneficiaries.person.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.hamyar.api.security.Actor;
import org.hamyar.beneficiaries.access.Access;
import org.hamyar.beneficiaries.access.RecordAccess;
import org.hamyar.beneficiaries.person.Address;
import org.hamyar.beneficiaries.person.Person;
import org.hamyar.beneficiaries.person.PersonDetails;
import org.hamyar.beneficiaries.person.PersonHasher;
import org.hamyar.beneficiaries.person.PhoneNumbers;
import org.hamyar.beneficiaries.person.event.PersonEventMapper;
import org.hamyar.beneficiaries.person.repository.PersonRepository;
import org.hamyar.beneficiaries.storage.TimeOrderedIds;
import org.hamyar.beneficiaries.storage.Timestamps;
import org.hamyar.events.beneficiaries.BeneficiaryEvents;
import org.hamyar.outbox.EventOutbox;
import org.hamyar.standards.NationalCode;
import org.hamyar.standards.PersianText;

/**
 * The registry of persons: one record per national code, and which organisations serve each person.
 */
@ApplicationScoped
public class PersonService {

    private final PersonRepository persons;
    private final RecordAccess access;
    private final EventOutbox outbox;
    private final PersonHasher hasher;
    private final Clock clock;

    PersonService(PersonRepository persons, RecordAccess access, EventOutbox outbox, PersonHasher hasher, Clock clock) {
        this.persons = persons;
        this.access = access;
        this.outbox = outbox;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** A registration's outcome: the person, and whether this call created them. */
    public record Registration(Person person, boolean created) {
    }

    /**
     * Registers the person for the actor's organisation. An existing national code finds the
     * existing person, unchanged (corrections go through an update, a later issue), and records
     * that this organisation serves them too.
     */
    @Transactional
    public Registration register(Actor actor, PersonDetails details) {
        return register(actor, details, null, Timestamps.of(clock));
    }

    /** The same inside a caller's transaction, e.g. a household's; {@code fallback} is the household's address. */
    @Transactional(TxType.MANDATORY)
    public Registration register(Actor actor, PersonDetails details, Address fallback, Instant now) {
        UUID organization = actor.organization();
        String code = NationalCode.requireValid(details.nationalCode());
        persons.lockNationalCode(code);
        Optional<Person> existing = persons.findByNationalCode(code);
        Registration registration;
        if (existing.isPresent()) {
            registration = new Registration(existing.get(), false);
        } else {
            Person person = newPerson(organization, details, code, fallback, now);
            persons.persist(person);
            outbox.publish(BeneficiaryEvents.PERSON_REGISTERED, person.id.toString(), PersonEventMapper.registered(person));
            registration = new Registration(person, true);
        }
        persons.linkOrganization(registration.person().id, organization, now);
        return registration;
    }

    /**
     * The person, when the actor may see them (docs/product.md §2); a read by anyone but a registrant is
     * written to the read log in the same transaction.
     */
    @Transactional
    public Optional<Person> read(Actor actor, UUID id) {
        Optional<Person> person = persons.findByIdOptional(id);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        Access reading = access.of(actor, persons.registrants(id));
        if (!reading.granted()) {
            return Optional.empty();
        }
        if (reading.logged()) {
            persons.logReads(List.of(id), null, actor.organization(), actor.username(), Timestamps.of(clock));
        }
        return person;
    }

    private Person newPerson(UUID organization, PersonDetails d, String code, Address fallback, Instant now) {
        Person p = new Person();
        p.id = TimeOrderedIds.next();
        p.nationalCode = code;
        p.personHash = hasher.hash(code);
        p.firstName = d.firstName().strip();
        p.lastName = d.lastName().strip();
        p.fatherName = d.fatherName() == null || d.fatherName().isBlank() ? null : d.fatherName().strip();
        p.firstNameNormalized = PersianText.normalize(p.firstName);
        p.lastNameNormalized = PersianText.normalize(p.lastName);
        p.fatherNameNormalized = p.fatherName == null ? null : PersianText.normalize(p.fatherName);
        p.birthDate = d.birthDate();
        p.sex = d.sex();
        p.disabilityType = d.disabilityType();
        p.disabilitySeverity = d.disabilitySeverity();
        p.phone = d.phone() == null ? null : PhoneNumbers.normalize(d.phone()).orElse(null);
        Address address = d.address() != null ? d.address() : fallback;
        // an embeddable belongs to one entity: the household's address is copied, not shared
        p.address = address == null ? null
                : new Address(address.provinceCode, address.county, address.village, Boolean.TRUE.equals(address.rural));
        p.registeredByOrganizationId = organization;
        p.registeredAt = now;
        return p;
    }
}
