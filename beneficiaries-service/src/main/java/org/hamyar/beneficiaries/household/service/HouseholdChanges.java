package org.hamyar.beneficiaries.household.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hamyar.api.http.EntityTags;
import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.security.Actor;
import org.hamyar.beneficiaries.access.RecordAccess;
import org.hamyar.beneficiaries.access.Sight;
import org.hamyar.beneficiaries.access.Subject;
import org.hamyar.beneficiaries.aid.AidProblems;
import org.hamyar.beneficiaries.household.Departure;
import org.hamyar.beneficiaries.household.Household;
import org.hamyar.beneficiaries.household.HouseholdNotFound;
import org.hamyar.beneficiaries.household.HouseholdProblems;
import org.hamyar.beneficiaries.household.HouseholdRecord;
import org.hamyar.beneficiaries.household.HouseholdView;
import org.hamyar.beneficiaries.household.Membership;
import org.hamyar.beneficiaries.household.Relation;
import org.hamyar.beneficiaries.household.repository.HouseholdRepository;
import org.hamyar.beneficiaries.household.repository.MembershipRepository;
import org.hamyar.beneficiaries.person.Address;
import org.hamyar.beneficiaries.person.PersonDetails;
import org.hamyar.beneficiaries.person.repository.PersonRepository;
import org.hamyar.beneficiaries.person.service.PersonService;
import org.hamyar.beneficiaries.storage.Timestamps;

/**
 * Changes of a household (docs/product.md §4 "Households"): its address and enrolment, a member
 * joining, a member leaving, a new head; and the history of who belonged to it. An organisation
 * changes only its own version of the household (another organisation's version is untouched), with
 * the {@code ETag} it last read in {@code If-Match}; the network's membership (one household at a
 * time, with history) follows every change, so that the overlap rules see where people are.
 */
@ApplicationScoped
public class HouseholdChanges {

    private final HouseholdRepository households;
    private final MembershipRepository membershipRows;
    private final Memberships memberships;
    private final HouseholdService householdService;
    private final PersonService personService;
    private final PersonRepository persons;
    private final RecordAccess access;
    private final Clock clock;

    HouseholdChanges(HouseholdRepository households, MembershipRepository membershipRows, Memberships memberships,
                     HouseholdService householdService, PersonService personService, PersonRepository persons,
                     RecordAccess access, Clock clock) {
        this.households = households;
        this.membershipRows = membershipRows;
        this.memberships = memberships;
        this.householdService = householdService;
        this.personService = personService;
        this.persons = persons;
        this.access = access;
        this.clock = clock;
    }

    /** What the former head does when another member becomes head. */
    public enum FormerHead {
        STAYS,
        LEFT,
        DIED
    }

    /**
     * A new head.
     *
     * @param formerHeadRelation the former head's relation to the new one, when they stay
     * @param relations          every other member's relation to the new head
     */
    public record HeadChange(UUID newHeadId, FormerHead formerHead, Relation formerHeadRelation,
                             Map<UUID, Relation> relations) {
    }

    /**
     * Replaces the address and enrolment of the organisation's version. The organisation that
     * registered the household first also moves the household's place (where its aid is counted):
     * the identity keeps the first registrant's address, as it did at registration.
     */
    @Transactional
    public HouseholdView update(Actor actor, UUID id, String ifMatch, Address address,
                                org.hamyar.beneficiaries.household.EnrolmentCategory enrolment) {
        Household household = households.findByIdOptional(id).orElseThrow(() -> new HouseholdNotFound(id));
        HouseholdRecord record = own(actor, household);
        EntityTags.requireIfMatch(ifMatch, record.version);
        record.address = copy(address);
        record.enrolmentCategory = enrolment;
        if (household.registeredByOrganizationId.equals(record.organizationId())) {
            household.address = copy(address);
        }
        households.flush();
        return householdService.version(household, record);
    }

    /**
     * A person joins the household as the organisation's version says: registered for it when new
     * to it, and moved here from any household they belonged to (with history).
     */
    @Transactional
    public HouseholdView join(Actor actor, UUID id, String ifMatch, PersonDetails person, Relation relation) {
        Household household = households.findByIdOptional(id).orElseThrow(() -> new HouseholdNotFound(id));
        HouseholdRecord record = own(actor, household);
        EntityTags.requireIfMatch(ifMatch, record.version);
        Instant now = Timestamps.of(clock);
        PersonService.Registration joining = personService.register(actor, person, record.address, now);
        UUID personId = joining.person().id;
        if (personId.equals(record.headPersonId)) {
            throw new HouseholdProblems.ChangeRefused(id, "nationalCode", "household.member-is-head");
        }
        memberships.lockFor(id, List.of(personId));
        memberships.place(actor, id, personId, relation, now);
        households.versionMember(id, record.organizationId(), personId, relation);
        return changed(household, record);
    }

    /**
     * A member leaves the household for none, or died. The organisation's version no longer lists
     * them; the network's membership ends when they are still here (another agency may have
     * registered them elsewhere since, which must not show).
     */
    @Transactional
    public HouseholdView leave(Actor actor, UUID id, UUID personId, String ifMatch, Departure departure) {
        Household household = households.findByIdOptional(id).orElseThrow(() -> new HouseholdNotFound(id));
        HouseholdRecord record = own(actor, household);
        EntityTags.requireIfMatch(ifMatch, record.version);
        if (personId.equals(record.headPersonId)) {
            throw new HouseholdProblems.ChangeRefused(id, "personId", "household.head-leaves-by-new-head");
        }
        if (!households.composition(id, record.organizationId()).containsKey(personId)) {
            throw new AidProblems.PersonNotInHousehold();
        }
        memberships.lockFor(id, List.of(personId));
        membershipRows.current(personId).filter(m -> m.householdId.equals(id))
                .ifPresent(m -> memberships.leave(actor, m, departure.end(), Timestamps.of(clock)));
        households.notVersionMember(id, record.organizationId(), personId);
        return changed(household, record);
    }

    /**
     * Another member becomes head (the head died or left, or hands over); the others' relations are
     * re-expressed to the new head. Every member of the organisation's version needs one.
     */
    @Transactional
    public HouseholdView replaceHead(Actor actor, UUID id, String ifMatch, HeadChange change) {
        Household household = households.findByIdOptional(id).orElseThrow(() -> new HouseholdNotFound(id));
        HouseholdRecord record = own(actor, household);
        EntityTags.requireIfMatch(ifMatch, record.version);
        UUID organization = record.organizationId();
        Map<UUID, Relation> composition = households.composition(id, organization);
        UUID formerHead = record.headPersonId;
        if (!composition.containsKey(change.newHeadId())) {
            throw new AidProblems.PersonNotInHousehold();
        }
        Set<UUID> others = new HashSet<>(composition.keySet());
        others.remove(change.newHeadId());
        if (!others.equals(change.relations().keySet())) {
            throw new HouseholdProblems.ChangeRefused(id, "relations", "household.relations-mismatch");
        }
        Instant now = Timestamps.of(clock);
        List<UUID> everyone = new ArrayList<>(composition.keySet());
        everyone.add(formerHead);
        memberships.lockFor(id, everyone);

        memberships.place(actor, id, change.newHeadId(), null, now);
        households.notVersionMember(id, organization, change.newHeadId());
        Optional<Membership> former = membershipRows.current(formerHead).filter(m -> m.householdId.equals(id));
        if (change.formerHead() == FormerHead.STAYS) {
            former.ifPresent(m -> memberships.place(actor, id, formerHead, change.formerHeadRelation(), now));
            households.versionMember(id, organization, formerHead, change.formerHeadRelation());
        } else {
            former.ifPresent(m -> memberships.leave(actor, m, change.formerHead() == FormerHead.DIED
                    ? Membership.End.DIED : Membership.End.LEFT, now));
        }
        change.relations().forEach((person, relation) -> {
            // re-expressed in the network only for those still here: a person another agency
            // registered elsewhere since is not brought back
            if (membershipRows.current(person).filter(m -> m.householdId.equals(id)).isPresent()) {
                memberships.place(actor, id, person, relation, now);
            }
            households.versionMember(id, organization, person, relation);
        });
        record.headPersonId = change.newHeadId();
        household.headPersonId = change.newHeadId();
        return changed(household, record);
    }

    /** A history entry as the reader may see it: the end only when an organisation it may see recorded it. */
    public record Entry(Membership stretch, boolean endShown) {
    }

    /**
     * Who belonged to the household and when, oldest first, for those who may see the household:
     * the stretches its own organisation, its data-sharing partners, the senders of referrals of it
     * the organisation accepted (or, for an auditor, anyone) recorded; an end another agency
     * recorded is not shown (it would tell where the person went).
     */
    @Transactional
    public Page<Entry> history(Actor actor, UUID id, PageRequest page) {
        if (households.findByIdOptional(id).isEmpty()) {
            throw new HouseholdNotFound(id);
        }
        // whoever may see the household (docs/product.md §4), the receiver of an accepted referral too
        Subject household = Subject.household(id);
        Sight<HouseholdRecord> sight = access.sight(actor, household, households.records(id), HouseholdRecord::organizationId)
                .orElseThrow(() -> new HouseholdNotFound(id));
        Set<UUID> organizations = null;
        if (!actor.auditsNetwork()) {
            organizations = new HashSet<>(access.partners(actor));
            organizations.addAll(access.referrers(actor, household));
            organizations.add(actor.organization());
        }
        if (sight.logged()) {
            persons.logHouseholdRead(id, actor.organization(), actor.username(), Timestamps.of(clock));
        }
        var query = membershipRows.history(id, organizations);
        Set<UUID> seen = organizations;
        long total = query.count();
        // a page far beyond the end (page × size past an int) is simply empty
        List<Membership> rows = page.offset() >= total ? List.of()
                : query.range((int) page.offset(), (int) Math.min(page.offset() + page.size() - 1, Integer.MAX_VALUE)).list();
        List<Entry> entries = rows.stream()
                .map(m -> new Entry(m, m.validTo != null && (seen == null || seen.contains(m.endedByOrganizationId))))
                .toList();
        return Page.of(entries, page, total);
    }

    /** The organisation's own version, for a change: 403 when it only reads another's, 404 when it sees none. */
    private HouseholdRecord own(Actor actor, Household household) {
        Optional<HouseholdRecord> own = households.record(household.id, actor.organization());
        if (own.isPresent()) {
            return own.get();
        }
        if (access.of(actor, households.registrants(household.id)).granted()) {
            throw new HouseholdProblems.NotYourVersion(household.id);
        }
        throw new HouseholdNotFound(household.id);
    }

    /** The version after a change of its composition: a new version (ETag) too. */
    private HouseholdView changed(Household household, HouseholdRecord record) {
        households.getEntityManager().lock(record, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        households.flush();
        return householdService.version(household, record);
    }

    private static Address copy(Address a) {
        return new Address(a.provinceCode, a.county, a.village, Boolean.TRUE.equals(a.rural));
    }
}
