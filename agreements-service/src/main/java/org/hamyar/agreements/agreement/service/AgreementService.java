package org.hamyar.agreements.agreement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hamyar.agreements.Submission;
import org.hamyar.agreements.agreement.Agreement;
import org.hamyar.agreements.agreement.AgreementAction;
import org.hamyar.agreements.agreement.AgreementCriteria;
import org.hamyar.agreements.agreement.AgreementProblems;
import org.hamyar.agreements.agreement.AgreementSnapshot;
import org.hamyar.agreements.agreement.AgreementVersion;
import org.hamyar.agreements.agreement.AmendmentStatus;
import org.hamyar.agreements.agreement.CalendarEntry;
import org.hamyar.agreements.agreement.Commitment;
import org.hamyar.agreements.agreement.NominationRule;
import org.hamyar.agreements.agreement.Party;
import org.hamyar.agreements.agreement.Signature;
import org.hamyar.agreements.agreement.Termination;
import org.hamyar.agreements.agreement.Terms;
import org.hamyar.agreements.agreement.TermsRules;
import org.hamyar.agreements.agreement.VersionedTerms;
import org.hamyar.agreements.agreement.event.AgreementEventData;
import org.hamyar.agreements.agreement.mapping.TermsJson;
import org.hamyar.agreements.agreement.repository.AgreementRepository;
import org.hamyar.agreements.agreement.repository.AgreementVersionRepository;
import org.hamyar.agreements.agreement.repository.AmendmentProposalRepository;
import org.hamyar.agreements.organization.repository.OrganizationRepository;
import org.hamyar.api.http.EntityTags;
import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.security.Actor;
import org.hamyar.api.validation.Violation;
import org.hamyar.api.validation.Violations;
import org.hamyar.events.agreements.AgreementEvents;
import org.hamyar.outbox.EventOutbox;

/**
 * Drafts, signatures and terminations of agreements (amendments: {@link AmendmentService}). Every change locks the
 * agreement's row first ({@link AgreementAccess#lockedForParty}), so concurrent changes to one
 * agreement happen one after the other — two parties signing at the same moment both land, once
 * each — and its events leave in that order. Answers are {@link AgreementSnapshot}s, read inside the
 * transaction.
 */
@ApplicationScoped
public class AgreementService {

    private final AgreementRepository agreements;
    private final AgreementVersionRepository versions;
    private final AmendmentProposalRepository proposals;
    private final OrganizationRepository organizations;
    private final AgreementAccess access;
    private final EventOutbox outbox;
    private final Clock clock;

    AgreementService(AgreementRepository agreements, AgreementVersionRepository versions,
                     AmendmentProposalRepository proposals, OrganizationRepository organizations,
                     AgreementAccess access, EventOutbox outbox, Clock clock) {
        this.agreements = agreements;
        this.versions = versions;
        this.proposals = proposals;
        this.organizations = organizations;
        this.access = access;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A new draft by a coordinator whose organisation is one of its parties. */
    @Transactional
    public AgreementSnapshot create(Submission<Terms> submission, Actor actor) {
        return create(UUID.randomUUID(), submission, actor);
    }

    /** A new draft with a given id (the demo data's fixed ids). */
    @Transactional
    public AgreementSnapshot create(UUID id, Submission<Terms> submission, Actor actor) {
        UUID organization = actor.organization();
        Terms terms = submission.content();
        var context = TermsRules.Context.forNewDraft(organizations.existing(TermsRules.referencedOrganizations(terms)));
        submission.require(TermsRules.check(terms, context));
        if (terms.parties().stream().noneMatch(p -> organization.equals(p.organizationId()))) {
            throw new AgreementProblems.NotAParty(organization, id);
        }
        Instant now = clock.instant();
        var agreement = Agreement.draft(id, terms, organization, now);
        agreements.persist(agreement);
        versions.persist(new AgreementVersion(id, 1, TermsJson.write(agreement.terms()), null, organization,
                actor.username(), now));
        agreements.flush();
        return agreement.snapshot();
    }

    /** Replaces a draft's text (a party's coordinator, If-Match). Signatures given to the old text are cleared. */
    @Transactional
    public AgreementSnapshot edit(UUID id, String ifMatch, Submission<Terms> submission, Actor actor) {
        Agreement agreement = access.lockedForParty(id, actor, AgreementAction.EDIT);
        EntityTags.requireIfMatch(ifMatch, agreement.lockVersion());
        Terms terms = submission.content();
        var rules = new ArrayList<>(TermsRules.check(terms, contextOf(agreement, terms, null)));
        if (terms.parties() != null
                && terms.parties().stream().noneMatch(p -> p != null && actor.belongsTo(p.organizationId()))) {
            rules.add(Violation.of("parties", "agreement.parties.without-you"));
        }
        submission.require(rules);
        Instant now = clock.instant();
        agreement.edit(terms, now);
        agreements.flush();
        versions.find(id, 1).orElseThrow()
                .rewrite(TermsJson.write(agreement.terms()), actor.organization(), actor.username(), now);
        return agreement.snapshot();
    }

    /**
     * A party's coordinator signs for its own organisation, once. With the last signature the
     * agreement is SIGNED, and ACTIVE at once when its effective date has come (AgreementSigned,
     * then AgreementActivated, in this transaction). An agreement recorded after its period ended
     * (an old paper MoU entered for the record) goes on to EXPIRED in the same transaction.
     */
    @Transactional
    public AgreementSnapshot sign(UUID id, Submission<Signature> submission, Actor actor) {
        Agreement agreement = access.lockedForParty(id, actor, AgreementAction.SIGN);
        UUID organization = actor.organization();
        Signature signature = submission.content();
        LocalDate today = LocalDate.now(clock);
        submission.require(new Violations()
                .plainText("signatoryName", signature.signatoryName())
                .plainText("signatoryTitle", signature.signatoryTitle())
                .when(signature.signedOn() != null && signature.signedOn().isAfter(today), "signedOn", "date.in-future")
                .list());
        Party party = agreement.party(organization).orElseThrow();
        if (party.hasSigned()) {
            throw new AgreementProblems.AlreadySigned(organization);
        }
        Instant now = clock.instant();
        boolean allSigned = agreement.sign(organization, signature.signatoryName().strip(),
                signature.signatoryTitle().strip(), signature.signedOn() == null ? today : signature.signedOn(),
                actor.username(), now);
        outbox.publish(AgreementEvents.AGREEMENT_SIGNED, id.toString(),
                AgreementEventData.signed(agreement, organization, allSigned, now));
        if (allSigned) {
            settle(agreement, today, now);
        }
        agreements.flush();
        return agreement.snapshot();
    }

    /** Ends a signed or active agreement, now or on a later day, with a reason. */
    @Transactional
    public AgreementSnapshot terminate(UUID id, Submission<Termination> submission, Actor actor) {
        Agreement agreement = access.lockedForParty(id, actor, AgreementAction.TERMINATE);
        Termination termination = submission.content();
        submission.require(new Violations().plainText("reason", termination.reason()).list());
        if (agreement.terminationOn() != null) {
            throw new AgreementProblems.TerminationPending(agreement.terminationOn());
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        agreement.requestTermination(termination.reason().strip(),
                termination.effectiveOn() == null ? today : termination.effectiveOn(), now);
        settle(agreement, today, now);
        agreements.flush();
        return agreement.snapshot();
    }

    @Transactional
    public AgreementSnapshot get(UUID id, Actor actor) {
        return access.readable(id, actor).snapshot();
    }

    /** Agreements newest first; drafts only to their parties' staff, auditors and admins. */
    @Transactional
    public Page<AgreementSnapshot> list(AgreementCriteria criteria, PageRequest page, Actor actor) {
        var filter = new AgreementRepository.Filter(criteria, actor.organizationIfAny().orElse(null),
                AgreementAccess.seesEveryDraft(actor));
        var found = agreements.search(filter, page.page(), page.size());
        return Page.of(found.items().stream().map(Agreement::snapshot).toList(), page, found.total());
    }

    /** The versions of the text, oldest first. */
    @Transactional
    public List<AgreementVersion> versions(UUID id, Actor actor) {
        access.readable(id, actor);
        return versions.history(id);
    }

    @Transactional
    public VersionedTerms version(UUID id, int number, Actor actor) {
        access.readable(id, actor);
        AgreementVersion version = versions.find(id, number)
                .orElseThrow(() -> new AgreementProblems.VersionNotFound(id, number));
        return new VersionedTerms(version, TermsJson.read(version.termsJson()));
    }

    /**
     * Brings an agreement's status up to {@code today} — activation, termination, expiry, in that
     * order — publishing each transition. The signing, amending and terminating requests call it,
     * and so does the scheduled lifecycle job.
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
        if (agreement.status().isEnded()) {
            // an amendment nobody finished signing ends with the agreement it would have changed
            proposals.open(agreement.id())
                    .ifPresent(open -> open.close(AmendmentStatus.LAPSED, null, null, now));
        }
    }

    public TermsRules.Context contextOf(Agreement agreement, Terms terms, Set<UUID> fixedParties) {
        return new TermsRules.Context(
                organizations.existing(TermsRules.referencedOrganizations(terms)),
                agreement.currentCommitments().stream().map(Commitment::id).collect(Collectors.toSet()),
                agreement.nominationRules().stream().map(NominationRule::id).collect(Collectors.toSet()),
                agreement.calendar().stream().map(CalendarEntry::id).collect(Collectors.toSet()),
                fixedParties);
    }
}
