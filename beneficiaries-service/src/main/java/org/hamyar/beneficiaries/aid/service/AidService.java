package org.hamyar.beneficiaries.aid.service;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

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
import org.hamyar.beneficiaries.coordination.repository.CoordinationAgreementRepository;
import org.hamyar.beneficiaries.household.Household;
import org.hamyar.beneficiaries.household.HouseholdNotFound;
import org.hamyar.beneficiaries.household.repository.HouseholdRepository;
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
import org.hamyar.beneficiaries.storage.TimeOrderedIds;
import org.hamyar.beneficiaries.storage.Timestamps;
import org.hamyar.events.beneficiaries.BeneficiaryEvents;
import org.hamyar.outbox.EventOutbox;

/**
 * Records aid under the overlap rules. A grant locks the household's row first and keeps the lock
 * through the check, the insert and the outbox write, all in one transaction: of two grants for
 * the same household at the same moment, the second waits, then sees the first.
 */
@ApplicationScoped
public class AidService {

    private final AidRepository aids;
    private final HouseholdRepository households;
    private final PersonRepository persons;
    private final CoordinationAgreementRepository agreements;
    private final RecordAccess access;
    private final EventOutbox outbox;
    private final Clock clock;
    private final OverlapOverrideRepository overrides;

    AidService(AidRepository aids, HouseholdRepository households, PersonRepository persons,
               CoordinationAgreementRepository agreements, RecordAccess access, EventOutbox outbox, Clock clock,
               OverlapOverrideRepository overrides) {
        this.overrides = overrides;
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
        Household household = households.findByIdOptional(order.householdId(), LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new HouseholdNotFound(order.householdId()));
        List<CoordinationTerms> providerAgreements = agreements.activeWith(provider);
        requireServes(actor, provider, household, providerAgreements);
        requireGivenUnder(order, providerAgreements);
        Person person = personOf(order, household, LockModeType.PESSIMISTIC_WRITE);
        ProposedAid proposed = proposed(order, provider);
        OverlapAssessment assessment = assess(proposed, household, providerAgreements);
        boolean overriding = assessment.blocked() && order.overrideJustification() != null;
        if (assessment.blocked() && !overriding) {
            return new Blocked(assessment);
        }
        if (overriding && !actor.hasRole(Roles.COORDINATOR)) {
            // docs/product.md §4: a coordinator of the granting organisation overrides, an officer cannot
            throw new AidProblems.OverrideNotAllowed();
        }

        Aid aid = newAid(actor, order, household, provider, assessment, Timestamps.of(clock));
        aids.persist(aid);
        String personHash = person == null ? null : person.personHash;
        String key = household.id.toString();
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
        return new Granted(aid, assessment, override);
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
        return Page.of(query.page(page.page(), page.size()).list(), page, query.count());
    }

    /** The answer {@link #grant} would give now, recording nothing and locking nothing. */
    @Transactional
    public OverlapAssessment check(Actor actor, AidOrder order) {
        UUID provider = providerOf(actor, order);
        Household household = households.findByIdOptional(order.householdId())
                .orElseThrow(() -> new HouseholdNotFound(order.householdId()));
        List<CoordinationTerms> providerAgreements = agreements.activeWith(provider);
        requireServes(actor, provider, household, providerAgreements);
        requireGivenUnder(order, providerAgreements);
        personOf(order, household, LockModeType.NONE);
        return assess(proposed(order, provider), household, providerAgreements);
    }

    /**
     * An aid record, when the actor may see it: its household is visible to the actor, and the
     * actor gave it, shares data with the provider, or audits the network.
     */
    @Transactional
    public Optional<Aid> read(Actor actor, UUID id) {
        Optional<Aid> aid = aids.findByIdOptional(id).filter(a -> visible(actor, a));
        // a read of the household's record by an organisation that did not register it is logged
        aid.ifPresent(a -> access.logged(actor, access.of(actor, Subject.household(a.householdId),
                households.registrants(a.householdId)), a.householdId));
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
        outbox.publish(BeneficiaryEvents.AID_REVOKED, aid.householdId.toString(), AidEventMapper.revoked(aid));
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
        Set<UUID> referrers = access.referrers(actor, Subject.household(aid.householdId));
        if (!Access.of(actor, households.registrants(aid.householdId), partners, referrers).granted()) {
            return false;
        }
        return actor.auditsNetwork() || actor.belongsTo(aid.providerOrganizationId)
                || partners.contains(aid.providerOrganizationId) || referrers.contains(aid.providerOrganizationId);
    }

    private OverlapAssessment assess(ProposedAid proposed, Household household, List<CoordinationTerms> providerAgreements) {
        return OverlapRules.window(proposed)
                .map(window -> {
                    List<RecordedAid> candidates = aids.candidates(window, proposed.householdId(), proposed.personId());
                    List<RecordedAid> conflicts = OverlapRules.conflicts(proposed, candidates);
                    return conflicts.isEmpty() ? OverlapAssessment.none()
                            : OverlapPolicy.assess(proposed, new OverlapPolicy.Place(household.address.provinceCode,
                            household.address.county), conflicts, providerAgreements);
                })
                .orElse(OverlapAssessment.none());
    }

    /** An organisation records aid as itself, for households it serves or sees through data sharing. */
    private void requireServes(Actor actor, UUID provider, Household household, List<CoordinationTerms> providerAgreements) {
        Set<UUID> partners = new HashSet<>();
        providerAgreements.stream().filter(CoordinationTerms::dataSharing).forEach(t -> partners.addAll(t.parties()));
        partners.remove(provider);
        // as the provider's staff, without roles: reading the whole network does not let anyone record aid
        Access serving = Access.of(Actor.of(provider, actor.username()), households.registrants(household.id), partners);
        if (!serving.granted()) {
            throw new HouseholdNotFound(household.id);
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
        found.items().forEach(a -> shown.add(Subject.household(a.householdId)));
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

    /** The person of personal aid; the request's field rules ({@code AidRules}) made sure it names one. */
    private Person personOf(AidOrder order, Household household, LockModeType lock) {
        if (order.personId() == null) {
            return null;
        }
        if (!households.includes(household, order.personId())) {
            throw new AidProblems.PersonNotInHousehold();
        }
        // personal aid of a person who belongs to two households is serialised on the person too
        return persons.findById(order.personId(), lock);
    }

    private static ProposedAid proposed(AidOrder order, UUID provider) {
        return new ProposedAid(order.householdId(), order.personId(), order.category(), order.periodStart(),
                order.periodEnd(), provider);
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

    private static Aid newAid(Actor actor, AidOrder order, Household household, UUID provider,
                              OverlapAssessment assessment, Instant recordedAt) {
        Aid aid = new Aid();
        aid.id = TimeOrderedIds.next();
        aid.householdId = household.id;
        aid.personId = order.personId();
        aid.category = order.category();
        aid.amountRials = order.amountRials();
        aid.quantity = order.quantity();
        aid.periodStart = order.periodStart();
        aid.periodEnd = order.periodEnd();
        aid.providerOrganizationId = provider;
        aid.agreementId = order.agreementId();
        aid.allocationId = order.allocationId();
        aid.status = order.status() == null ? AidStatus.DELIVERED : order.status();
        aid.provinceCode = household.address.provinceCode;
        aid.county = household.address.county;
        aid.rural = Boolean.TRUE.equals(household.address.rural);
        aid.overlapWarnings = assessment.warnings().size();
        aid.recordedBy = actor.username();
        aid.recordedAt = recordedAt;
        return aid;
    }
}
