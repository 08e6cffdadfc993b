package org.hamyar.beneficiaries.household.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hamyar.api.security.Actor;
import org.hamyar.beneficiaries.access.Access;
import org.hamyar.beneficiaries.access.RecordAccess;
import org.hamyar.beneficiaries.household.EnrolmentCategory;
import org.hamyar.beneficiaries.household.Household;
import org.hamyar.beneficiaries.household.HouseholdDetails;
import org.hamyar.beneficiaries.household.HouseholdMember;
import org.hamyar.beneficiaries.household.HouseholdView;
import org.hamyar.beneficiaries.household.event.HouseholdEventMapper;
import org.hamyar.beneficiaries.household.repository.HouseholdRepository;
import org.hamyar.beneficiaries.person.Address;
import org.hamyar.beneficiaries.person.Person;
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

    HouseholdService(HouseholdRepository households, PersonRepository persons, PersonService personService,
                     RecordAccess access, EventOutbox outbox, Clock clock) {
        this.households = households;
        this.persons = persons;
        this.personService = personService;
        this.access = access;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A registration's outcome: the household as the registering organisation sees it, and whether it is new. */
    public record Registration(HouseholdView household, boolean created) {
    }

    /**
     * Registers the household for the actor's organisation, creating the persons it does not know.
     * A head who already heads a household finds that household: the organisation is linked to it
     * (so it can serve it) and the household stays as it was; changing members is an update of its
     * own (a later issue), not a side effect of a second registration.
     */
    @Transactional
    public Registration register(Actor actor, HouseholdDetails details) {
        UUID organization = actor.organization();
        Instant now = Timestamps.of(clock);
        // the head's national-code lock, held to the end of the transaction, serialises two
        // registrations of the same household
        Person head = personService.register(actor, details.head(), details.address(), now).person();
        Optional<Household> existing = households.findByHead(head.id);
        if (existing.isPresent()) {
            Household household = existing.get();
            households.linkOrganization(household.id, organization, details.enrolmentCategory(), now);
            List<HouseholdView.Member> members = households.members(household.id);
            for (HouseholdView.Member member : members) {
                persons.linkOrganization(member.person().id, organization, now);
            }
            return new Registration(new HouseholdView(household, head, members,
                    households.enrolment(household.id, organization).orElse(null)), false);
        }

        Household household = new Household();
        household.id = TimeOrderedIds.next();
        household.headPersonId = head.id;
        household.address = copy(details.address());
        household.registeredByOrganizationId = organization;
        household.registeredAt = now;
        households.persist(household);
        // the household row first: members reference it
        households.flush();

        List<HouseholdView.Member> members = new ArrayList<>();
        for (HouseholdDetails.Member member : details.members()) {
            Person person = personService.register(actor, member.person(), details.address(), now).person();
            households.addMember(new HouseholdMember(household.id, person.id, member.relation()));
            members.add(new HouseholdView.Member(person, member.relation()));
        }
        households.linkOrganization(household.id, organization, details.enrolmentCategory(), now);
        outbox.publish(BeneficiaryEvents.HOUSEHOLD_REGISTERED, household.id.toString(),
                HouseholdEventMapper.registered(household, head, members.size(), details.enrolmentCategory()));
        return new Registration(new HouseholdView(household, head, members, details.enrolmentCategory()), true);
    }

    /**
     * The household with its people, when the actor may see it (docs/product.md §2). Every person shown to an
     * organisation that does not serve the household is written to the read log.
     */
    @Transactional
    public Optional<HouseholdView> read(Actor actor, UUID id) {
        Optional<Household> found = households.findByIdOptional(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Access reading = access.of(actor, households.registrants(id));
        if (!reading.granted()) {
            return Optional.empty();
        }
        Household household = found.get();
        Person head = persons.findById(household.headPersonId);
        List<HouseholdView.Member> members = households.members(id);
        if (reading.logged()) {
            List<UUID> shown = new ArrayList<>();
            shown.add(head.id);
            members.forEach(m -> shown.add(m.person().id));
            persons.logReads(shown, id, actor.organization(), actor.username(), Timestamps.of(clock));
        }
        EnrolmentCategory enrolment = actor.organizationIfAny()
                .flatMap(organization -> households.enrolment(id, organization)).orElse(null);
        return Optional.of(new HouseholdView(household, head, members, enrolment));
    }

    private static Address copy(Address a) {
        return new Address(a.provinceCode, a.county, a.village, Boolean.TRUE.equals(a.rural));
    }
}
