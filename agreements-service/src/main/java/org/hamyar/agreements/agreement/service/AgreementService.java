package org.hamyar.agreements.agreement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hamyar.agreements.access.Actor;
import org.hamyar.agreements.agreement.Agreement;
import org.hamyar.agreements.agreement.AgreementAction;
import org.hamyar.agreements.agreement.AgreementProblems;
import org.hamyar.agreements.agreement.AgreementVersion;
import org.hamyar.agreements.agreement.Party;
import org.hamyar.agreements.agreement.Terms;
import org.hamyar.agreements.agreement.TermsRules;
import org.hamyar.agreements.agreement.event.AgreementEventData;
import org.hamyar.agreements.agreement.mapping.AgreementMapper;
import org.hamyar.agreements.agreement.mapping.TermsJson;
import org.hamyar.agreements.agreement.repository.AgreementRepository;
import org.hamyar.agreements.agreement.repository.AgreementVersionRepository;
import org.hamyar.agreements.agreement.rest.AgreementSummary;
import org.hamyar.agreements.agreement.rest.AgreementView;
import org.hamyar.agreements.agreement.rest.AmendmentRequest;
import org.hamyar.agreements.agreement.rest.SignatureRequest;
import org.hamyar.agreements.agreement.rest.TerminationRequest;
import org.hamyar.agreements.agreement.rest.VersionView;
import org.hamyar.agreements.calendar.CalendarEntry;
import org.hamyar.agreements.commitment.Commitment;
import org.hamyar.agreements.committee.CommitteeSeating;
import org.hamyar.agreements.committee.NominationRule;
import org.hamyar.agreements.committee.service.CommitteeService;
import org.hamyar.agreements.organization.repository.OrganizationRepository;
import org.hamyar.api.validation.RequestValidation;
import org.hamyar.api.validation.Violation;
import org.hamyar.api.validation.Violations;
import org.hamyar.api.http.EntityTags;
import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.events.agreements.AgreementEvents;
import org.hamyar.outbox.EventOutbox;

/**
 * Drafts, signatures, amendments and terminations of agreements. Every change locks the
 * agreement's row first ({@link AgreementAccess#lockedForParty}), so concurrent changes to one
 * agreement happen one after the other — two parties signing at the same moment both land, once
 * each — and its events leave in that order.
 */
@ApplicationScoped
public class AgreementService {

    private final AgreementRepository agreements;
    private final AgreementVersionRepository versions;
    private final OrganizationRepository organizations;
    private final CommitteeService committee;
    private final AgreementAccess access;
    private final RequestValidation validation;
    private final EventOutbox outbox;
    private final Clock clock;

    AgreementService(AgreementRepository agreements, AgreementVersionRepository versions,
                     OrganizationRepository organizations, CommitteeService committee, AgreementAccess access,
                     RequestValidation validation,
                     EventOutbox outbox, Clock clock) {
        this.agreements = agreements;
        this.versions = versions;
        this.organizations = organizations;
        this.committee = committee;
        this.access = access;
        this.validation = validation;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A new draft by a coordinator whose organisation is one of its parties. */
    @Transactional
    public AgreementView create(Terms terms, Actor actor) {
        return create(UUID.randomUUID(), terms, actor);
    }

    /** A new draft with a given id (the demo data's fixed ids). */
    @Transactional
    public AgreementView create(UUID id, Terms terms, Actor actor) {
        var shape = validation.shape(terms);
        var context = TermsRules.Context.forNewDraft(organizations.existing(TermsRules.referencedOrganizations(terms)));
        validation.require(shape, TermsRules.check(terms, context));
        if (terms.parties().stream().noneMatch(p -> actor.belongsTo(p.organizationId()))) {
            throw new AgreementProblems.NotAParty(actor.organizationId(), id);
        }
        Instant now = clock.instant();
        var agreement = Agreement.draft(id, terms, actor.organizationId(), now);
        agreements.persist(agreement);
        versions.persist(new AgreementVersion(id, 1, TermsJson.write(agreement.terms()), null, actor.organizationId(),
                actor.username(), now));
        agreements.flush();
        return AgreementMapper.view(agreement);
    }

    /** Replaces a draft's text (a party's coordinator, If-Match). Signatures given to the old text are cleared. */
    @Transactional
    public AgreementView edit(UUID id, String ifMatch, Terms terms, Actor actor) {
        Agreement agreement = access.lockedForParty(id, actor, AgreementAction.EDIT);
        EntityTags.requireIfMatch(ifMatch, agreement.lockVersion());
        var shape = validation.shape(terms);
        var rules = new ArrayList<>(TermsRules.check(terms, contextOf(agreement, terms, null)));
        if (terms.parties() != null && terms.parties().stream().noneMatch(p -> p != null && actor.belongsTo(p.organizationId()))) {
            rules.add(Violation.of("parties", "agreement.parties.without-you"));
        }
        validation.require(shape, rules);
        Instant now = clock.instant();
        agreement.edit(terms, now);
        agreements.flush();
        versions.find(id, 1).orElseThrow()
                .rewrite(TermsJson.write(agreement.terms()), actor.organizationId(), actor.username(), now);
        return AgreementMapper.view(agreement);
    }

    /**
     * A party's coordinator signs for its own organisation, once. With the last signature the
     * agreement is SIGNED, and ACTIVE at once when its effective date has come (AgreementSigned,
     * then AgreementActivated, in this transaction). An agreement recorded after its period ended
     * (an old paper MoU entered for the record) goes on to EXPIRED in the same transaction.
     */
    @Transactional
    public AgreementView sign(UUID id, SignatureRequest request, Actor actor) {
        Agreement agreement = access.lockedForParty(id, actor, AgreementAction.SIGN);
        var shape = validation.shape(request);
        LocalDate today = LocalDate.now(clock);
        validation.require(shape, new Violations()
                .plainText("signatoryName", request.signatoryName())
                .plainText("signatoryTitle", request.signatoryTitle())
                .when(request.signedOn() != null && request.signedOn().isAfter(today), "signedOn", "date.in-future")
                .list());
        Party party = agreement.party(actor.organizationId()).orElseThrow();
        if (party.hasSigned()) {
            throw new AgreementProblems.AlreadySigned(actor.organizationId());
        }
        Instant now = clock.instant();
        boolean allSigned = agreement.sign(actor.organizationId(), request.signatoryName().strip(),
                request.signatoryTitle().strip(), request.signedOn() == null ? today : request.signedOn(),
                actor.username(), now);
        outbox.publish(AgreementEvents.AGREEMENT_SIGNED, id.toString(),
                AgreementEventData.signed(agreement, actor.organizationId(), allSigned, now));
        if (allSigned) {
            settle(agreement, today, now);
        }
        agreements.flush();
        return AgreementMapper.view(agreement);
    }

    /**
     * A new version of a signed text, recorded by a party's coordinator for the parties. The old
     * version stays readable; AgreementAmended carries the new terms.
     */
    @Transactional
    public AgreementView amend(UUID id, AmendmentRequest request, Actor actor) {
        Agreement agreement = access.lockedForParty(id, actor, AgreementAction.AMEND);
        var shape = validation.shape(request);
        var rules = new Violations().plainText("reason", request.reason());
        Terms terms = request.terms();
        if (terms != null) {
            Set<UUID> parties = agreement.parties().stream().map(Party::organizationId).collect(Collectors.toSet());
            TermsRules.check(terms, contextOf(agreement, terms, parties))
                    .forEach(v -> rules.add("terms." + v.field(), v.key(), v.args().toArray()));
            rules.addAll(committeeStillFits(agreement, terms));
        }
        validation.require(shape, rules.list());
        Instant now = clock.instant();
        int previous = agreement.amend(terms, now);
        agreements.flush();
        versions.persist(new AgreementVersion(id, agreement.version(), TermsJson.write(agreement.terms()),
                request.reason().strip(), actor.organizationId(), actor.username(), now));
        outbox.publish(AgreementEvents.AGREEMENT_AMENDED, id.toString(),
                AgreementEventData.amended(agreement, previous, now));
        settle(agreement, LocalDate.now(clock), now);
        agreements.flush();
        return AgreementMapper.view(agreement);
    }

    /** Ends a signed or active agreement, now or on a later day, with a reason. */
    @Transactional
    public AgreementView terminate(UUID id, TerminationRequest request, Actor actor) {
        Agreement agreement = access.lockedForParty(id, actor, AgreementAction.TERMINATE);
        var shape = validation.shape(request);
        validation.require(shape, new Violations().plainText("reason", request.reason()).list());
        if (agreement.terminationOn() != null) {
            throw new AgreementProblems.TerminationPending(agreement.terminationOn());
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        agreement.requestTermination(request.reason().strip(),
                request.effectiveOn() == null ? today : request.effectiveOn(), now);
        settle(agreement, today, now);
        agreements.flush();
        return AgreementMapper.view(agreement);
    }

    @Transactional
    public AgreementView get(UUID id, Actor actor) {
        return AgreementMapper.view(access.readable(id, actor));
    }

    @Transactional
    public Page<AgreementSummary> list(AgreementRepository.Filter filter, PageRequest page) {
        var found = agreements.search(filter, page.page(), page.size());
        return new Page<>(found.items().stream().map(AgreementMapper::summary).toList(), page.page(), page.size(),
                found.total());
    }

    @Transactional
    public List<VersionView> versions(UUID id, Actor actor) {
        access.readable(id, actor);
        return versions.history(id).stream()
                .map(v -> new VersionView(id, v.version(), v.reason(), v.recordedByOrganizationId(), v.recordedAt(), null))
                .toList();
    }

    @Transactional
    public VersionView version(UUID id, int number, Actor actor) {
        access.readable(id, actor);
        AgreementVersion version = versions.find(id, number)
                .orElseThrow(() -> new AgreementProblems.VersionNotFound(id, number));
        return new VersionView(id, version.version(), version.reason(), version.recordedByOrganizationId(),
                version.recordedAt(), TermsJson.read(version.termsJson()));
    }

    /**
     * Brings an agreement's status up to {@code today} — activation, termination, expiry, in that
     * order — publishing each transition. The signing, amending and terminating requests call it,
     * and so does the scheduled {@link AgreementLifecycleJob}.
     */
    public void settle(Agreement agreement, LocalDate today, Instant now) {
        String key = agreement.id().toString();
        if (agreement.activateIfDue(today, now)) {
            outbox.publish(AgreementEvents.AGREEMENT_ACTIVATED, key, AgreementEventData.activated(agreement, now));
        }
        if (agreement.terminateIfDue(today, now)) {
            outbox.publish(AgreementEvents.AGREEMENT_TERMINATED, key, AgreementEventData.terminated(agreement, now));
        }
        if (agreement.expireIfDue(today, now)) {
            outbox.publish(AgreementEvents.AGREEMENT_EXPIRED, key, AgreementEventData.expired(agreement));
        }
    }

    private TermsRules.Context contextOf(Agreement agreement, Terms terms, Set<UUID> fixedParties) {
        return new TermsRules.Context(
                organizations.existing(TermsRules.referencedOrganizations(terms)),
                agreement.currentCommitments().stream().map(Commitment::id).collect(Collectors.toSet()),
                agreement.nominationRules().stream().map(NominationRule::id).collect(Collectors.toSet()),
                agreement.calendar().stream().map(CalendarEntry::id).collect(Collectors.toSet()),
                fixedParties);
    }

    /** An amendment may not take away a seat someone holds, nor a rule a member or open nomination stands on. */
    private List<Violation> committeeStillFits(Agreement agreement, Terms terms) {
        Map<UUID, Integer> seats = new HashMap<>();
        terms.committee().seats().stream().filter(s -> s != null && s.organizationId() != null && s.seats() != null)
                .forEach(s -> seats.merge(s.organizationId(), s.seats(), Integer::sum));
        var rules = terms.committee().nominationRules().stream()
                .filter(r -> r != null && r.id() != null && r.seats() != null && r.nominees() != null)
                .map(r -> new CommitteeSeating.Rule(r.id(), r.nominatingOrganizationId(), r.choosingOrganizationId(),
                        r.nominees(), r.seats()))
                .toList();
        var violations = new Violations();
        for (var overfill : new CommitteeSeating(seats, rules, committee.seatsTaken(agreement.id())).overfilled()) {
            boolean partySeat = overfill.seat().partyOrganizationId() != null;
            violations.add(partySeat ? "terms.committee.seats" : "terms.committee.nominationRules",
                    partySeat ? "agreement.committee.seats-in-use" : "agreement.committee.rule-in-use", overfill.taken());
        }
        return violations.list();
    }
}
