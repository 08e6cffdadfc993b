package org.hamyar.beneficiaries.person.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.hamyar.api.security.Actor;
import org.hamyar.beneficiaries.access.Sight;
import org.hamyar.beneficiaries.access.RecordAccess;
import org.hamyar.beneficiaries.access.Subject;
import org.hamyar.beneficiaries.duplicate.BlockingKeys;
import org.hamyar.beneficiaries.duplicate.service.DuplicateService;
import org.hamyar.beneficiaries.person.Address;
import org.hamyar.beneficiaries.person.IdentityDocument;
import org.hamyar.beneficiaries.person.Person;
import org.hamyar.beneficiaries.person.PersonDetails;
import org.hamyar.beneficiaries.person.PersonHasher;
import org.hamyar.beneficiaries.person.PersonRecord;
import org.hamyar.beneficiaries.person.PersonView;
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
 * The registry of persons: one record per national code (or nationally unique document), and which
 * organisations serve each person.
 */
@ApplicationScoped
public class PersonService {

    private final PersonRepository persons;
    private final RecordAccess access;
    private final EventOutbox outbox;
    private final PersonHasher hasher;
    private final Clock clock;
    private final DuplicateService duplicates;

    PersonService(PersonRepository persons, RecordAccess access, EventOutbox outbox, PersonHasher hasher, Clock clock,
                  DuplicateService duplicates) {
        this.duplicates = duplicates;
        this.persons = persons;
        this.access = access;
        this.outbox = outbox;
        this.hasher = hasher;
        this.clock = clock;
    }

    /**
     * A registration's outcome: the identity, the registering organisation's own version of the
     * record, and whether this call was the organisation's first registration of the person (201) —
     * whether or not another organisation had registered them before, which must not show.
     */
    public record Registration(Person person, PersonRecord record, boolean created) {

        /** What the registering organisation is answered: its own version, nothing of anyone else's. */
        public PersonView view() {
            return new PersonView(person, record, null);
        }
    }

    /**
     * Registers the person for the actor's organisation. A known national code links the identity
     * (one person per code, so overlap checks and duplicates work across agencies) and keeps what
     * the organisation submitted as its own version of the record; submitted names, father's name
     * or birth date that disagree with the identity's first registration are kept and flagged for
     * review. Registering again changes nothing (corrections are updates).
     */
    @Transactional
    public Registration register(Actor actor, PersonDetails details) {
        return register(actor, details, null, Timestamps.of(clock));
    }

    /** The same inside a caller's transaction, e.g. a household's; {@code fallback} is the household's address. */
    @Transactional(TxType.MANDATORY)
    public Registration register(Actor actor, PersonDetails details, Address fallback, Instant now) {
        UUID organization = actor.organization();
        String code = details.nationalCode() == null ? null : NationalCode.requireValid(details.nationalCode());
        // without a national code, the document links as the code does (docs/product.md §4 "Persons")
        String documentKey = code == null ? details.document().linkKey(details.birthDate()) : null;
        persons.lockNationalCode(code != null ? code : "document:" + documentKey);
        // a merged person's code or document leads to the survivor
        Optional<Person> existing = (code != null ? persons.findByNationalCode(code) : persons.findByDocumentKey(documentKey))
                .map(persons::survivor);
        Person person;
        PersonRecord record;
        if (existing.isPresent()) {
            person = existing.get();
            Optional<PersonRecord> own = persons.record(person.id, organization);
            if (own.isPresent()) {
                return new Registration(person, own.get(), false);
            }
            record = newRecord(person.id, organization, details, fallback, now);
            // kept as this organisation's version, flagged for review (README "Decisions")
            record.identityDisputed = !record.firstNameNormalized.equals(person.firstNameNormalized)
                    || !record.lastNameNormalized.equals(person.lastNameNormalized)
                    || !Objects.equals(record.fatherNameNormalized, person.fatherNameNormalized)
                    || !record.birthDate.equals(person.birthDate);
        } else {
            record = newRecord(TimeOrderedIds.next(), organization, details, fallback, now);
            person = newPerson(code, details.document(), documentKey, record);
            persons.persist(person);
            outbox.publish(BeneficiaryEvents.PERSON_REGISTERED, person.id.toString(), PersonEventMapper.registered(person));
        }
        // the person row first: the version references it
        persons.flush();
        persons.getEntityManager().persist(record);
        if (existing.isEmpty()) {
            // a new identity, with or without a code: is it someone the registry already holds? (nothing in the answer says)
            duplicates.flagCandidates(person, now);
        }
        return new Registration(person, record, true);
    }

    /**
     * The person as the actor may see them (docs/product.md §2): its own version, or the one an
     * ACTIVE data-sharing agreement (or the auditor role) lets it see. Seeing another
     * organisation's version is written to the read log in the same transaction.
     */
    @Transactional
    public Optional<PersonView> read(Actor actor, UUID requested) {
        // a merged person's id answers with the survivor (README "Decisions")
        Optional<Person> person = persons.findByIdOptional(requested).map(persons::survivor);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        UUID id = person.get().id;
        Optional<Sight<PersonRecord>> sight = access.sight(actor, Subject.person(id), persons.records(id),
                PersonRecord::organizationId);
        if (sight.isEmpty()) {
            return Optional.empty();
        }
        PersonView view = view(person.get(), sight.get());
        // the review flag compares other organisations' versions too: showing it is a read of them
        if (sight.get().logged() || view.identityUnderReview() != null) {
            persons.logReads(List.of(id), null, actor.organization(), actor.username(), Timestamps.of(clock));
        }
        return Optional.of(view);
    }

    /**
     * The person as shown through a sight: the review flag only when the caller may see more than
     * one version, computed over those alone, so that it reveals nothing of a version it may not see.
     */
    public static PersonView view(Person identity, Sight<PersonRecord> sight) {
        List<PersonRecord> visible = sight.visible();
        Boolean underReview = visible.size() < 2 ? null
                : visible.stream().anyMatch(v -> v.identityDiffers(visible.getFirst()));
        return new PersonView(identity, sight.shown(), underReview);
    }

    /** The identity, its names as the first registration wrote them (what duplicates are compared with). */
    private Person newPerson(String code, IdentityDocument document, String documentKey, PersonRecord first) {
        Person p = new Person();
        p.id = first.id.personId;
        p.nationalCode = code;
        if (code == null) {
            p.documentType = document.type();
            p.documentNumber = document.number();
            p.documentKey = documentKey;
        }
        p.personHash = code != null ? hasher.hash(code) : hasher.hash(document, first.birthDate);
        p.firstName = first.firstName;
        p.lastName = first.lastName;
        p.fatherName = first.fatherName;
        p.firstNameNormalized = first.firstNameNormalized;
        p.lastNameNormalized = first.lastNameNormalized;
        p.fatherNameNormalized = first.fatherNameNormalized;
        p.birthDate = first.birthDate;
        p.sex = first.sex;
        p.disabilityType = first.disabilityType;
        p.disabilitySeverity = first.disabilitySeverity;
        p.phone = first.phone;
        p.address = copy(first.address);
        p.registeredByOrganizationId = first.id.organizationId;
        p.registeredAt = first.registeredAt;
        BlockingKeys.Stored keys = BlockingKeys.stored(DuplicateService.identity(p));
        p.dupKeyNames = keys.names();
        p.dupKeyLast = keys.last();
        p.dupKeyFirst = keys.first();
        p.dupKeyFather = keys.father();
        return p;
    }

    private static PersonRecord newRecord(UUID personId, UUID organization, PersonDetails d, Address fallback,
                                          Instant now) {
        PersonRecord r = new PersonRecord();
        r.id = new PersonRecord.Key(personId, organization);
        r.firstName = d.firstName().strip();
        r.lastName = d.lastName().strip();
        r.fatherName = blankToNull(d.fatherName());
        r.firstNameNormalized = PersianText.normalize(r.firstName);
        r.lastNameNormalized = PersianText.normalize(r.lastName);
        r.fatherNameNormalized = r.fatherName == null ? null : PersianText.normalize(r.fatherName);
        r.birthDate = d.birthDate();
        r.sex = d.sex();
        r.disabilityType = d.disabilityType();
        r.disabilitySeverity = d.disabilitySeverity();
        r.phone = phone(d);
        r.address = copy(d.address() != null ? d.address() : fallback);
        r.registeredAt = now;
        return r;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String phone(PersonDetails d) {
        return d.phone() == null ? null : PhoneNumbers.normalize(d.phone()).orElse(null);
    }

    /** An embeddable belongs to one entity: the household's address is copied, not shared. */
    private static Address copy(Address address) {
        return address == null ? null
                : new Address(address.provinceCode, address.county, address.village, Boolean.TRUE.equals(address.rural));
    }
}
