package org.hamyar.beneficiaries.aid.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import org.hamyar.api.http.EntityTags;
import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.security.Actor;
import org.hamyar.api.security.Roles;
import org.hamyar.beneficiaries.access.Access;
import org.hamyar.beneficiaries.access.RecordAccess;
import org.hamyar.beneficiaries.access.Subject;
import org.hamyar.beneficiaries.aid.Aid;
import org.hamyar.beneficiaries.aid.AidCategory;
import org.hamyar.beneficiaries.aid.AidOrder;
import org.hamyar.beneficiaries.aid.AidProblems;
import org.hamyar.beneficiaries.aid.AidStatus;
import org.hamyar.beneficiaries.aid.event.AidEventMapper;
import org.hamyar.beneficiaries.aid.repository.AidRepository;
import org.hamyar.beneficiaries.coordination.CoordinationTerms;
import org.hamyar.beneficiaries.coordination.service.ActiveAgreements;
import org.hamyar.beneficiaries.household.HouseholdNotFound;
import org.hamyar.beneficiaries.household.repository.HouseholdRepository;
import org.hamyar.beneficiaries.household.repository.HouseholdRepository.AidRecipient;
import org.hamyar.beneficiaries.household.repository.MembershipRepository;
import org.hamyar.beneficiaries.overlap.HouseholdHistory;
import org.hamyar.beneficiaries.person.Address;
import org.hamyar.beneficiaries.person.PersonNotFound;
import org.hamyar.beneficiaries.person.PersonRecord;
import org.hamyar.beneficiaries.overlap.Conflict;
import org.hamyar.beneficiaries.overlap.OverlapAssessment;
import org.hamyar.beneficiaries.overlap.OverlapPolicy;
import org.hamyar.beneficiaries.overlap.OverlapRules;
import org.hamyar.beneficiaries.overlap.ProposedAid;
import org.hamyar.beneficiaries.overlap.RecordedAid;
import org.hamyar.beneficiaries.overlap.override.OverlapOverride;
import org.hamyar.beneficiaries.overlap.override.OverlapOverrideRepository;
import org.hamyar.beneficiaries.person.Person;
import org.hamyar.beneficiaries.person.repository.PersonRepository;
import org.hamyar.beneficiaries.report.OverlapDetections;
import org.hamyar.beneficiaries.storage.TimeOrderedIds;
import org.hamyar.beneficiaries.storage.Timestamps;
import org.hamyar.events.beneficiaries.BeneficiaryEvents;
import org.hamyar.outbox.EventOutbox;

/**
 * Records aid under the overlap rules. A grant locks the rows of the household and of the households
 * its present members came from (in id order), then the person's, and keeps the locks through the
 * check, the insert and the outbox write, all in one transaction: of two grants that can see each
 * other at the same moment, the second waits, then sees the first.
 */
@ApplicationScoped
public class AidService {

    private final AidRepository aids;
    private final HouseholdRepository households;
    private final PersonRepository persons;
    private final ActiveAgreements agreements;
    private final RecordAccess access;
    private final EventOutbox outbox;
    private final Clock clock;
    private final OverlapOverrideRepository overrides;
    private final MembershipRepository memberships;
    private final OverlapDetections detections;

    AidService(AidRepository aids, HouseholdRepository households, PersonRepository persons,
               ActiveAgreements agreements, RecordAccess access, EventOutbox outbox, Clock clock,
               OverlapOverrideRepository overrides, MembershipRepository memberships, OverlapDetections detections) {
        this.memberships = memberships;
        this.overrides = overrides;
        this.detections = detections;
        this.aids = aids;
        this.households = households;
        this.persons = persons;
        this.agreements = agreements;
        this.access = access;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** What a grant came to: recorded (perhaps with warnings), or blocked with nothing recorded. */
    public sealed interface GrantResult {
        OverlapAssessment assessment();
    }

    /** @param override null unless a coordinator recorded the aid despite a block */
    public record Granted(Aid aid, OverlapAssessment assessment, OverlapOverride override) implements GrantResult {

        /** The overlaps the answer lists: the warnings, and after an override the overridden blocks too. */
        public List<Conflict> reported() {
            return override == null ? assessment.warnings() : assessment.conflicts();
        }
    }

    public record Blocked(OverlapAssessment assessment) implements GrantResult {
    }

    @Transactional
    public GrantResult grant(Actor actor, AidOrder order) {
        UUID provider = providerOf(actor, order);
        List<CoordinationTerms> providerAgreements = agreements.activeWith(provider);
        requireGivenUnder(order, providerAgreements);
        Recipient subject = subject(actor, provider, order, providerAgreements, true);
        ProposedAid proposed = proposed(order, provider, subject.history());
        OverlapAssessment assessment = assess(proposed, subject.place(), providerAgreements);
        boolean overriding = assessment.blocked() && order.overrideJustification() != null;
        if (assessment.blocked() && !overriding) {
            return new Blocked(assessment);
        }
        if (overriding && !actor.hasRole(Roles.COORDINATOR)) {
            // docs/product.md §4: a coordinator of the granting organisation overrides, an officer cannot
            throw new AidProblems.OverrideNotAllowed();
        }

        Aid aid = newAid(actor, order, subject, provider, assessment, Timestamps.of(clock));
        aids.persist(aid);
        String personHash = subject.person() == null ? null : subject.person().personHash;
        String key = eventKey(aid);
        outbox.publish(BeneficiaryEvents.AID_GRANTED, key, AidEventMapper.granted(aid, personHash));
        if (!assessment.warnings().isEmpty()) {
            outbox.publish(BeneficiaryEvents.OVERLAP_DETECTED, key,
                    AidEventMapper.overlap(aid, personHash, assessment.warnings(), aid.recordedAt));
        }
        OverlapOverride override = null;
        if (overriding) {
            override = newOverride(actor, aid, assessment, order.overrideJustification());
            overrides.persist(override);
            outbox.publish(BeneficiaryEvents.OVERLAP_OVERRIDDEN, key, AidEventMapper.overridden(aid, override));
        }
        Granted granted = new Granted(aid, assessment, override);
        // the overlap report's data (report.OverlapDetections): the pairs with other agencies
        detections.record(aid, granted.reported());
        return granted;
    }

    /** Aid events are keyed by the household (its events stay in order), or by the person for aid outside any household. */
    private static String eventKey(Aid aid) {
        return (aid.householdId != null ? aid.householdId : aid.personId).toString();
    }

    /**
     * Whom aid is for, resolved and, for a grant, locked: the household (and the person of personal
     * aid), or a person outside any household; where the aid is given; and whose earlier aid the
     * household rules count ({@link HouseholdHistory}).
     *
     * <p>A grant locks the household's row and the rows of the households its present members came
     * from, in the order of their ids and in one statement ({@code HouseholdRepository.lock}), then
     * the person's row: two grants that can see each other's aid take turns, and a grant waits for a
     * move that involves one of its households (moves lock in the same order). The history is read
     * again under the locks; a household that a concurrent move added is locked then too.
     */
    private Recipient subject(Actor actor, UUID provider, AidOrder order, List<CoordinationTerms> providerAgreements,
                            boolean lock) {
        Set<UUID> serving = new HashSet<>(sharingPartners(provider, providerAgreements));
        serving.add(provider);
        LockModeType personLock = lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE;
        if (order.householdId() != null) {
            AidRecipient read = households.aidRecipient(order.householdId())
                    .orElseThrow(() -> new HouseholdNotFound(order.householdId()));
            requireServes(actor, provider, read.registrants(), serving, () -> new HouseholdNotFound(read.id()));
            AidRecipient household = lock ? locked(read) : read;
            Person person = null;
            if (order.personId() != null) {
                if (!households.includes(household.id(), order.personId(), serving)) {
                    throw new AidProblems.PersonNotInHousehold();
                }
                // personal aid of one person is serialised on the person too, whatever household it names
                person = persons.findById(order.personId(), personLock);
            }
            return new Recipient(household.id(), person, household.address(), history(household));
        }
        UUID personId = order.personId();
        if (persons.findByIdOptional(personId).isEmpty()) {
            throw new PersonNotFound(personId);
        }
        List<PersonRecord> versions = persons.records(personId);
        requireServes(actor, provider, versions.stream().map(PersonRecord::organizationId).toList(), serving,
                () -> new PersonNotFound(personId));
        // where aid to a person alone is given: the provider's own version's address, else a partner's
        Address address = versions.stream().filter(v -> v.organizationId().equals(provider) && v.address != null)
                .findFirst()
                .or(() -> versions.stream().filter(v -> serving.contains(v.organizationId()) && v.address != null).findFirst())
                .map(v -> v.address)
                .orElseThrow(AidProblems.PersonWithoutAddress::new);
        HouseholdHistory history = lock ? lockedHistoryOfPerson(personId) : historyOfPerson(personId);
        return new Recipient(null, persons.findById(personId, personLock), address, history);
    }

    /**
     * The household read again with its row and the rows of every household its present members
     * came from locked: the stretches read before the locks may be stale, so they are read again
     * under them, and a household a concurrent move added is locked then too.
     */
    private AidRecipient locked(AidRecipient household) {
        Set<UUID> locked = new HashSet<>();
        AidRecipient current = household;
        for (int attempt = 0; attempt < 3; attempt++) {
            Set<UUID> needed = new HashSet<>(history(current).households());
            needed.add(current.id());
            needed.removeAll(locked);
            if (needed.isEmpty()) {
                return current;
            }
            households.lock(needed);
            locked.addAll(needed);
            UUID id = current.id();
            current = households.aidRecipient(id).orElseThrow(() -> new HouseholdNotFound(id));
        }
        return current;
    }

    /** A person outside any household, with every household they belonged to locked (as {@link #locked}). */
    private HouseholdHistory lockedHistoryOfPerson(UUID personId) {
        Set<UUID> locked = new HashSet<>();
        HouseholdHistory history = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            history = historyOfPerson(personId);
            Set<UUID> needed = new HashSet<>(history.households());
            needed.removeAll(locked);
            if (needed.isEmpty()) {
                return history;
            }
            households.lock(needed);
            locked.addAll(needed);
            // memberships read before the locks may be stale: read them again under them
            memberships.getEntityManager().clear();
        }
        return history;
    }

    /** The household's present members, and their stretches in other households. */
    private HouseholdHistory history(AidRecipient household) {
        Set<UUID> members = household.stretches().stream()
                .filter(m -> m.householdId().equals(household.id()) && m.current())
                .map(HouseholdRepository.Stretch::personId).collect(Collectors.toSet());
        return new HouseholdHistory(members, household.stretches().stream()
                .filter(m -> !m.householdId().equals(household.id()))
                .map(m -> stay(m.householdId(), m.personId(), m.validFrom(), m.validTo())).toList());
    }

    private HouseholdHistory historyOfPerson(UUID personId) {
        return new HouseholdHistory(Set.of(personId), memberships.of(personId).stream()
                .map(m -> stay(m.householdId, m.personId, m.validFrom, m.validTo)).toList());
    }

    private HouseholdHistory.Stay stay(UUID householdId, UUID personId, Instant from, Instant to) {
        ZoneId zone = clock.getZone();
        return new HouseholdHistory.Stay(householdId, personId, from, to,
                LocalDate.ofInstant(from, zone), to == null ? null : LocalDate.ofInstant(to, zone));
    }

    /** @param householdId null for a person outside any household */
    private record Recipient(UUID householdId, Person person, Address address, HouseholdHistory history) {

        OverlapPolicy.Place place() {
            return new OverlapPolicy.Place(address.provinceCode, address.county);
        }
    }

    /**
     * The overrides the actor may list, newest first: its own organisation's, or every one for an
     * auditor (docs/product.md §4).
     */
    @Transactional
    public Page<OverlapOverride> overrides(Actor actor, PageRequest page) {
        return pageOf(overrides.list(actor.auditsNetwork() ? null : actor.organization()), page);
    }

    private static <T> Page<T> pageOf(PanacheQuery<T> query, PageRequest page) {
        long total = query.count();
        return Page.of(page.beyond(total) ? List.of() : query.page(page.page(), page.size()).list(), page, total);
    }

    /**
     * The answer {@link #grant} would give now, recording nothing and locking nothing, outside any
     * transaction: each statement reads in autocommit on a connection held only while it runs. In
     * READ COMMITTED (the service's isolation) every statement of a transaction reads its own
     * snapshot anyway, so a transaction gave the check no consistency, only a commit's round trip
     * and a connection held between its statements (docs/benchmarks.md, "Design choices the
     * numbers drove"). The rarer paths (personal aid, a person outside any household) read through
     * the request-scoped session Quarkus opens for Hibernate outside a transaction.
     */
    public OverlapAssessment check(Actor actor, AidOrder order) {
        UUID provider = providerOf(actor, order);
        List<CoordinationTerms> providerAgreements = agreements.activeWith(provider);
        requireGivenUnder(order, providerAgreements);
        Recipient subject = subject(actor, provider, order, providerAgreements, false);
        return assess(proposed(order, provider, subject.history()), subject.place(), providerAgreements);
    }

    /**
     * An aid record, when the actor may see it: its household is visible to the actor, and the
     * actor gave it, shares data with the provider, or audits the network.
     */
    @Transactional
    public Optional<Aid> read(Actor actor, UUID id) {
        Optional<Aid> aid = aids.findByIdOptional(id).filter(a -> visible(actor, a));
        // a read of the household's record by an organisation that did not register it is logged
        aid.ifPresent(a -> {
            if (a.householdId != null) {
                access.logged(actor, access.of(actor, Subject.household(a.householdId),
                        households.registrants(a.householdId)), a.householdId);
            } else if (access.of(actor, Subject.person(a.personId), personRegistrants(a.personId)).logged()) {
                persons.logReads(List.of(a.personId), null, actor.organization(), actor.username(), Timestamps.of(clock));
            }
        });
        return aid;
    }

    /** A household's aid the actor may see, newest first. */
    @Transactional
    public Page<Aid> ofHousehold(Actor actor, UUID householdId, AidCategory category, PageRequest page) {
        Set<UUID> partners = access.partners(actor);
        Set<UUID> referrers = access.referrers(actor, Subject.household(householdId));
        Access reading = Access.of(actor, households.registrants(householdId), partners, referrers);
        if (households.findByIdOptional(householdId).isEmpty() || !reading.granted()) {
            throw new HouseholdNotFound(householdId);
        }
        access.logged(actor, reading, householdId);
        Set<UUID> providers = null;
        if (!actor.auditsNetwork()) {
            // through an accepted referral the receiver sees the sender's aid to the household, not its partners'
            providers = new HashSet<>(partners);
            providers.addAll(referrers);
            providers.add(actor.organization());
        }
        return pageOf(aids.ofHousehold(householdId, category, providers), page);
    }

    @Transactional
    public Aid revoke(Actor actor, UUID id, String reason) {
        Aid aid = ownAidLocked(actor, id);
        if (aid.status == AidStatus.REVOKED) {
            throw new AidProblems.AlreadyRevoked(id);
        }
        aid.status = AidStatus.REVOKED;
        aid.revokedAt = Timestamps.of(clock);
        aid.revokedBy = actor.username();
        aid.revocationReason = reason.strip();
        outbox.publish(BeneficiaryEvents.AID_REVOKED, eventKey(aid), AidEventMapper.revoked(aid));
        return aid;
    }

    /** Aid the actor's organisation gave, locked for a change: 404 when not visible, 403 for another provider's. */
    private Aid ownAidLocked(Actor actor, UUID id) {
        UUID organization = actor.organization();
        Aid aid = aids.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(a -> visible(actor, a))
                .orElseThrow(() -> new AidProblems.AidNotFound(id));
        if (!aid.providerOrganizationId.equals(organization)) {
            throw new AidProblems.NotTheProvider(id);
        }
        return aid;
    }

    private boolean visible(Actor actor, Aid aid) {
        Set<UUID> partners = access.partners(actor);
        Subject subject = aid.householdId != null ? Subject.household(aid.householdId) : Subject.person(aid.personId);
        List<UUID> registrants = aid.householdId != null ? households.registrants(aid.householdId)
                : personRegistrants(aid.personId);
        Set<UUID> referrers = access.referrers(actor, subject);
        if (!Access.of(actor, registrants, partners, referrers).granted()) {
            return false;
        }
        return actor.auditsNetwork() || actor.belongsTo(aid.providerOrganizationId)
                || partners.contains(aid.providerOrganizationId) || referrers.contains(aid.providerOrganizationId);
    }

    private List<UUID> personRegistrants(UUID personId) {
        return persons.records(personId).stream().map(PersonRecord::organizationId).toList();
    }

    private OverlapAssessment assess(ProposedAid proposed, OverlapPolicy.Place place, List<CoordinationTerms> providerAgreements) {
        return OverlapRules.window(proposed)
                .map(window -> {
                    Set<UUID> householdIds = new HashSet<>(proposed.history().households());
                    if (proposed.householdId() != null) {
                        householdIds.add(proposed.householdId());
                    }
                    List<RecordedAid> candidates = aids.candidates(window, householdIds, proposed.history().members(),
                            proposed.personId());
                    List<RecordedAid> conflicts = OverlapRules.conflicts(proposed, candidates);
                    return conflicts.isEmpty() ? OverlapAssessment.none()
                            : OverlapPolicy.assess(proposed, place, conflicts, providerAgreements);
                })
                .orElse(OverlapAssessment.none());
    }

    /** The organisations an ACTIVE data-sharing agreement joins the provider to. */
    private static Set<UUID> sharingPartners(UUID provider, List<CoordinationTerms> providerAgreements) {
        Set<UUID> partners = new HashSet<>();
        providerAgreements.stream().filter(CoordinationTerms::dataSharing).forEach(t -> partners.addAll(t.parties()));
        partners.remove(provider);
        return partners;
    }

    /**
     * An organisation records aid as itself, for households (or persons) it registered or sees
     * through data sharing; otherwise the record does not exist for it.
     */
    private static void requireServes(Actor actor, UUID provider, List<UUID> registrants, Set<UUID> serving,
                                      java.util.function.Supplier<RuntimeException> notFound) {
        Set<UUID> partners = new HashSet<>(serving);
        partners.remove(provider);
        // as the provider's staff, without roles: reading the whole network does not let anyone record aid
        if (!Access.of(Actor.of(provider, actor.username()), registrants, partners).granted()) {
            throw notFound.get();
        }
    }

    /** Aid given under an agreement names an ACTIVE one its provider is a party to (the coordination projection). */
    private static void requireGivenUnder(AidOrder order, List<CoordinationTerms> providerAgreements) {
        if (order.agreementId() != null
                && providerAgreements.stream().noneMatch(t -> t.agreementId().equals(order.agreementId()))) {
            throw new AidProblems.NotUnderAgreement(order.agreementId());
        }
    }

    /**
     * PLANNED aid was delivered (docs/product.md §4), by its provider, with the ETag last read in
     * {@code If-Match}. No event is published for it yet (an {@code AidDelivered} is planned).
     */
    @Transactional
    public Aid deliver(Actor actor, UUID id, String ifMatch) {
        Aid aid = ownAidLocked(actor, id);
        EntityTags.requireIfMatch(ifMatch, aid.version);
        if (aid.status != AidStatus.PLANNED) {
            throw new AidProblems.NotPlanned(id, aid.status);
        }
        aid.status = AidStatus.DELIVERED;
        aids.flush();
        return aid;
    }

    /**
     * The aid the actor may see, filtered, newest period first: an auditor's whole network, or
     * else the aid its organisation and its data-sharing partners gave to households one of them
     * registered, in one indexed query.
     */
    @Transactional
    public Page<Aid> list(Actor actor, AidRepository.Filter filter, PageRequest page) {
        Set<UUID> organizations = null;
        if (!actor.auditsNetwork()) {
            organizations = new HashSet<>(access.partners(actor));
            organizations.add(actor.organization());
        }
        Page<Aid> found = aids.list(filter, organizations, page);
        // the households on the page that the reader did not register: a logged read each
        Set<Subject> shown = new java.util.LinkedHashSet<>();
        found.items().forEach(a -> shown.add(a.householdId != null ? Subject.household(a.householdId)
                : Subject.person(a.personId)));
        access.logged(actor, access.ofEach(actor, shown));
        return found;
    }

    /** The actor's organisation: aid is recorded as it, for a token that names one (403 otherwise). */
    private static UUID providerOf(Actor actor, AidOrder order) {
        UUID organization = actor.organization();
        if (order.providerOrganizationId() != null && !order.providerOrganizationId().equals(organization)) {
            throw new AidProblems.NotYourOrganization();
        }
        return organization;
    }

    private static ProposedAid proposed(AidOrder order, UUID provider, HouseholdHistory history) {
        return new ProposedAid(order.householdId(), order.personId(), order.category(), order.periodStart(),
                order.periodEnd(), provider, history);
    }

    private static OverlapOverride newOverride(Actor actor, Aid aid, OverlapAssessment assessment, String justification) {
        OverlapOverride override = new OverlapOverride();
        override.id = TimeOrderedIds.next();
        override.aidId = aid.id;
        override.householdId = aid.householdId;
        override.category = aid.category.name();
        override.providerOrganizationId = aid.providerOrganizationId;
        override.provinceCode = aid.provinceCode;
        override.county = aid.county;
        override.overriddenBlocks = (int) assessment.conflicts().stream().filter(Conflict::blocks).count();
        override.justification = justification;
        override.overriddenBy = actor.username();
        override.overriddenAt = aid.recordedAt;
        return override;
    }

    private static Aid newAid(Actor actor, AidOrder order, Recipient subject, UUID provider,
                              OverlapAssessment assessment, Instant recordedAt) {
        Aid aid = new Aid();
        aid.id = TimeOrderedIds.next();
        aid.householdId = subject.householdId();
        aid.personId = order.personId();
        aid.category = order.category();
        aid.amountRials = order.amountRials();
        aid.quantity = order.quantity();
        aid.periodStart = order.periodStart();
        aid.periodEnd = order.periodEnd();
        aid.providerOrganizationId = provider;
        aid.agreementId = order.agreementId();
        aid.programmeCode = order.programmeCode();
        aid.allocationId = order.allocationId();
        aid.status = order.status() == null ? AidStatus.DELIVERED : order.status();
        aid.provinceCode = subject.address().provinceCode;
        aid.county = subject.address().county;
        aid.rural = Boolean.TRUE.equals(subject.address().rural);
        aid.overlapWarnings = assessment.warnings().size();
        aid.recordedBy = actor.username();
        aid.recordedAt = recordedAt;
        return aid;
    }
}
