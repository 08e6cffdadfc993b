package org.hamyar.beneficiaries.household.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hamyar.api.security.Actor;
import org.hamyar.beneficiaries.access.Sight;
import org.hamyar.beneficiaries.access.RecordAccess;
import org.hamyar.beneficiaries.access.Subject;
import org.hamyar.beneficiaries.enrolment.service.EnrolmentService;
import org.hamyar.beneficiaries.household.Household;
import org.hamyar.beneficiaries.household.HouseholdDetails;
import org.hamyar.beneficiaries.household.HouseholdRecord;
import org.hamyar.beneficiaries.household.HouseholdView;
import org.hamyar.beneficiaries.household.Relation;
import org.hamyar.beneficiaries.household.event.HouseholdEventMapper;
import org.hamyar.beneficiaries.household.repository.HouseholdRepository;
import org.hamyar.beneficiaries.person.Address;
import org.hamyar.beneficiaries.person.Person;
import org.hamyar.beneficiaries.person.PersonRecord;
import org.hamyar.beneficiaries.person.PersonView;
import org.hamyar.beneficiaries.person.repository.PersonRepository;
import org.hamyar.beneficiaries.person.service.PersonService;
import org.hamyar.beneficiaries.storage.TimeOrderedIds;
import org.hamyar.beneficiaries.storage.Timestamps;
import org.hamyar.events.beneficiaries.BeneficiaryEvents;
import org.hamyar.outbox.EventOutbox;

/** Households: registered once per head, served by every organisation that registers them. */
@ApplicationScoped
public class HouseholdService {

    private final HouseholdRepository households;
    private final PersonRepository persons;
    private final PersonService personService;
    private final RecordAccess access;
    private final EventOutbox outbox;
    private final Clock clock;
    private final Memberships memberships;
    private final EnrolmentService enrolments;

    HouseholdService(HouseholdRepository households, PersonRepository persons, PersonService personService,
                     RecordAccess access, EventOutbox outbox, Clock clock, Memberships memberships,
                     EnrolmentService enrolments) {
        this.memberships = memberships;
        this.enrolments = enrolments;
        this.households = households;
        this.persons = persons;
        this.personService = personService;
        this.access = access;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * A registration's outcome: the household as the registering organisation sees it (its own
     * version), and whether this was the organisation's first registration of it (201), whether or
     * not another organisation had registered it before.
     */
    public record Registration(HouseholdView household, boolean created) {
    }

    /**
     * Registers the household for the actor's organisation: its own version (address, enrolment,
     * composition) and each person's own version. A head who already heads a household finds that
     * household's identity (overlap checks see one household across agencies), but the answer
     * holds only what the organisation submitted. Registering again answers its version unchanged;
     * member changes are updates of their own.
     */
    @Transactional
    public Registration register(Actor actor, HouseholdDetails details) {
        UUID organization = actor.organization();
        Instant now = Timestamps.of(clock);
        // the head's national-code lock, held to the end of the transaction, serialises two
        // registrations of the same household
        PersonService.Registration head = personService.register(actor, details.head(), details.address(), now);
        Optional<Household> existing = households.findByHead(head.person().id);
        if (existing.isPresent()) {
            Optional<HouseholdRecord> own = households.record(existing.get().id, organization);
            if (own.isPresent()) {
                return new Registration(version(existing.get(), own.get()), false);
            }
        }
        // every person first (each under its national code's lock), then the households they are in
        List<PersonService.Registration> people = new ArrayList<>();
        for (HouseholdDetails.Member member : details.members()) {
            people.add(personService.register(actor, member.person(), details.address(), now));
        }
        List<UUID> everyone = new ArrayList<>();
        everyone.add(head.person().id);
        people.forEach(p -> everyone.add(p.person().id));
        memberships.lockFor(existing.map(h -> h.id).orElse(null), everyone);

        Household household = existing.orElseGet(() -> newHousehold(head.person(), organization, details.address(), now));
        HouseholdRecord record = new HouseholdRecord();
        record.id = new HouseholdRecord.Key(household.id, organization);
        record.headPersonId = head.person().id;
        record.address = copy(details.address());
        record.enrolmentCategory = details.enrolmentCategory();
        record.registeredAt = now;
        households.getEntityManager().persist(record);
        // the version's row first: its members reference it
        households.flush();
        if (details.enrolmentCategory() != null) {
            // the category of a registration is an enrolment of the household from today (docs/product.md §4)
            enrolments.enrolRegistered(actor, household.id, details.enrolmentCategory(), now);
        }

        // a person belongs to one household at a time: whoever is registered here now moves here,
        // with history (README "Decisions": why a move, not a refusal)
        memberships.place(actor, household.id, head.person().id, null, now);
        List<HouseholdView.Member> members = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            PersonService.Registration person = people.get(i);
            Relation relation = details.members().get(i).relation();
            memberships.place(actor, household.id, person.person().id, relation, now);
            households.versionMember(household.id, organization, person.person().id, relation);
            members.add(new HouseholdView.Member(person.view(), relation));
        }
        if (existing.isEmpty()) {
            outbox.publish(BeneficiaryEvents.HOUSEHOLD_REGISTERED, household.id.toString(),
                    HouseholdEventMapper.registered(household, head.person(), members.size(), details.enrolmentCategory()));
        }
        return new Registration(new HouseholdView(household, record, head.view(), members), true);
    }

    /**
     * The household as the actor may see it (docs/product.md §2): its own version, or that of an
     * organisation an ACTIVE data-sharing agreement joins it to (an auditor: the first), with that
     * organisation's versions of its people. Seeing another organisation's version writes every
     * person shown to the read log.
     */
    @Transactional
    public Optional<HouseholdView> read(Actor actor, UUID id) {
        Optional<Household> found = households.findByIdOptional(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Optional<Sight<HouseholdRecord>> sight = access.sight(actor, Subject.household(id), households.records(id), HouseholdRecord::organizationId);
        if (sight.isEmpty()) {
            return Optional.empty();
        }
        HouseholdView view = version(found.get(), sight.get().shown());
        if (sight.get().logged()) {
            List<UUID> shown = new ArrayList<>();
            shown.add(view.head().identity().id);
            view.members().forEach(m -> shown.add(m.person().identity().id));
            persons.logReads(shown, id, actor.organization(), actor.username(), Timestamps.of(clock));
        }
        return Optional.of(view);
    }

    /** One organisation's version of the household with that organisation's versions of its people, in two queries. */
    HouseholdView version(Household household, HouseholdRecord record) {
        UUID organization = record.organizationId();
        UUID headId = record.headPersonId;
        Map<UUID, Relation> composition = households.composition(household.id, organization);
        composition.remove(headId);
        List<UUID> people = new ArrayList<>(composition.keySet());
        people.add(headId);
        Map<UUID, Person> identities = persons.identities(people);
        Map<UUID, PersonRecord> versions = persons.records(people, organization);
        List<HouseholdView.Member> members = composition.entrySet().stream()
                .map(e -> new HouseholdView.Member(
                        new PersonView(identities.get(e.getKey()), versions.get(e.getKey()), null), e.getValue()))
                .toList();
        PersonView head = new PersonView(identities.get(headId), versions.get(headId), null);
        return new HouseholdView(household, record, head, members);
    }

    private Household newHousehold(Person head, UUID organization, Address address, Instant now) {
        Household household = new Household();
        household.id = TimeOrderedIds.next();
        household.headPersonId = head.id;
        household.address = copy(address);
        household.registeredByOrganizationId = organization;
        household.registeredAt = now;
        households.persist(household);
        return household;
    }

    private static Address copy(Address a) {
        return new Address(a.provinceCode, a.county, a.village, Boolean.TRUE.equals(a.rural));
    }
}
