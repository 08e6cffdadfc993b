package org.hamyar.agreements.agreement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
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
import org.hamyar.agreements.agreement.AgreementProblems;
import org.hamyar.agreements.agreement.AgreementVersion;
import org.hamyar.agreements.agreement.Amendment;
import org.hamyar.agreements.agreement.AmendmentProposal;
import org.hamyar.agreements.agreement.AmendmentSignature;
import org.hamyar.agreements.agreement.AmendmentStatus;
import org.hamyar.agreements.agreement.Party;
import org.hamyar.agreements.agreement.Signature;
import org.hamyar.agreements.agreement.Terms;
import org.hamyar.agreements.agreement.TermsRules;
import org.hamyar.agreements.agreement.event.AgreementEventData;
import org.hamyar.agreements.agreement.mapping.TermsJson;
import org.hamyar.agreements.agreement.repository.AgreementVersionRepository;
import org.hamyar.agreements.agreement.repository.AmendmentProposalRepository;
import org.hamyar.api.security.Actor;
import org.hamyar.api.validation.Violation;
import org.hamyar.api.validation.Violations;
import org.hamyar.events.agreements.AgreementEvents;
import org.hamyar.outbox.EventOutbox;

/**
 * Amendments of a signed agreement. A party's coordinator proposes a new text (signing it for its
 * party); it takes effect only with the last party's signature, when it becomes the next version
 * and AgreementAmended is published. Until then the version in force stays in force: no party
 * widens data sharing or loosens a coordination rule alone. The proposer withdraws, another party
 * declines; an agreement that ends lets its open proposal lapse. Every step locks the agreement's
 * row first, so the last two signatures arriving together adopt the text once.
 */
@ApplicationScoped
public class AmendmentService {

    private final AgreementAccess access;
    private final AgreementService agreements;
    private final AmendmentProposalRepository proposals;
    private final AgreementVersionRepository versions;
    private final Instance<AmendmentRule> amendmentRules;
    private final EventOutbox outbox;
    private final Clock clock;

    AmendmentService(AgreementAccess access, AgreementService agreements, AmendmentProposalRepository proposals,
                     AgreementVersionRepository versions, Instance<AmendmentRule> amendmentRules, EventOutbox outbox,
                     Clock clock) {
        this.access = access;
        this.agreements = agreements;
        this.proposals = proposals;
        this.versions = versions;
        this.amendmentRules = amendmentRules;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A proposal, with the proposer's signature; or 409 when another waits for signatures. */
    @Transactional
    public Proposal propose(UUID id, Submission<Amendment> submission, Actor actor) {
        Agreement agreement = access.lockedForParty(id, actor, AgreementAction.AMEND);
        Amendment amendment = submission.content();
        var rules = new Violations().plainText("reason", amendment.reason())
                .plainText("signatoryName", amendment.signatoryName())
                .plainText("signatoryTitle", amendment.signatoryTitle());
        Terms terms = amendment.terms();
        if (terms != null) {
            textRules(agreement, terms).forEach(v -> rules.add("terms." + v.field(), v.key(), v.args().toArray()));
        }
        submission.require(rules.list());
        proposals.open(id).ifPresent(open -> {
            throw new AgreementProblems.AmendmentPending(id, open.number());
        });
        Instant now = clock.instant();
        var signer = new AmendmentProposal.Signer(actor.organization(), stripped(amendment.signatoryName()),
                stripped(amendment.signatoryTitle()), LocalDate.now(clock), actor.username());
        var proposal = AmendmentProposal.propose(id, proposals.nextNumber(id), agreement.version(), TermsJson.write(terms),
                amendment.reason().strip(), signer, now);
        proposals.persist(proposal);
        proposals.flush();
        return Proposal.of(proposal, agreement);
    }

    /**
     * A party signs the open proposal, once. With the last signature the text is checked again
     * against the agreement as it now stands, adopted as the next version, and published.
     */
    @Transactional
    public Proposal sign(UUID id, int number, Submission<Signature> submission, Actor actor) {
        Agreement agreement = access.lockedForParty(id, actor, AgreementAction.AMEND);
        AmendmentProposal proposal = proposals.find(id, number)
                .orElseThrow(() -> new AgreementProblems.AmendmentNotFound(id, number));
        Signature signature = submission.content();
        LocalDate today = LocalDate.now(clock);
        submission.require(new Violations()
                .plainText("signatoryName", signature.signatoryName())
                .plainText("signatoryTitle", signature.signatoryTitle())
                .when(signature.signedOn() != null && signature.signedOn().isAfter(today), "signedOn", "date.in-future")
                .list());
        UUID organization = actor.organization();
        if (!proposal.isOpen()) {
            throw new AgreementProblems.AmendmentClosed(number, proposal.status());
        }
        if (proposal.signedBy(organization)) {
            throw new AgreementProblems.AmendmentAlreadySigned(organization, number);
        }
        Instant now = clock.instant();
        proposal.sign(new AmendmentProposal.Signer(organization, signature.signatoryName().strip(),
                signature.signatoryTitle().strip(), signature.signedOn() == null ? today : signature.signedOn(),
                actor.username()), now);
        if (proposal.signedByAll(parties(agreement))) {
            adopt(agreement, proposal, actor, now);
        }
        proposals.flush();
        return Proposal.of(proposal, agreement);
    }

    /** The proposer withdraws its proposal, or another party declines it; either closes it. */
    @Transactional
    public Proposal close(UUID id, int number, Actor actor) {
        Agreement agreement = access.lockedForParty(id, actor, AgreementAction.AMEND);
        AmendmentProposal proposal = proposals.find(id, number)
                .orElseThrow(() -> new AgreementProblems.AmendmentNotFound(id, number));
        if (!proposal.isOpen()) {
            throw new AgreementProblems.AmendmentClosed(number, proposal.status());
        }
        UUID organization = actor.organization();
        proposal.close(organization.equals(proposal.proposedByOrganizationId())
                ? AmendmentStatus.WITHDRAWN : AmendmentStatus.DECLINED, organization, actor.username(), clock.instant());
        proposals.flush();
        return Proposal.of(proposal, agreement);
    }

    /** The agreement's proposals, oldest first: whoever may read the agreement reads them. */
    @Transactional
    public List<Proposal> list(UUID id, Actor actor) {
        Agreement agreement = access.readable(id, actor);
        return proposals.of(id).stream().map(p -> Proposal.of(p, agreement)).toList();
    }

    @Transactional
    public Proposal get(UUID id, int number, Actor actor) {
        Agreement agreement = access.readable(id, actor);
        return proposals.find(id, number).map(p -> Proposal.of(p, agreement))
                .orElseThrow(() -> new AgreementProblems.AmendmentNotFound(id, number));
    }

    private void adopt(Agreement agreement, AmendmentProposal proposal, Actor actor, Instant now) {
        Terms terms = TermsJson.read(proposal.termsJson());
        List<Violation> stale = textRules(agreement, terms);
        if (!stale.isEmpty()) {
            throw new AgreementProblems.AmendmentNoLongerValid(proposal.number(),
                    stale.stream().map(v -> "terms." + v.field()).distinct().collect(Collectors.joining(", ")));
        }
        int previous = agreement.amend(terms, now);
        proposal.adopt(agreement.version(), actor.organization(), actor.username(), now);
        versions.persist(new AgreementVersion(agreement.id(), agreement.version(), TermsJson.write(agreement.terms()),
                proposal.reason(), proposal.proposedByOrganizationId(), proposal.proposedBy(), now));
        outbox.publish(AgreementEvents.AGREEMENT_AMENDED, agreement.id().toString(),
                AgreementEventData.amended(agreement, previous, now));
        agreements.settle(agreement, LocalDate.now(clock), now);
    }

    /** The text's own rules and every {@link AmendmentRule} of the service (the committee's: no held seat may go). */
    private List<Violation> textRules(Agreement agreement, Terms terms) {
        Set<UUID> parties = Set.copyOf(parties(agreement));
        var violations = new ArrayList<>(TermsRules.check(terms, agreements.contextOf(agreement, terms, parties)));
        amendmentRules.forEach(rule -> violations.addAll(rule.check(agreement, terms)));
        return violations;
    }

    private static List<UUID> parties(Agreement agreement) {
        return agreement.parties().stream().map(Party::organizationId).toList();
    }

    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A proposal, its signatures (read inside the transaction) and the parties still to sign it. */
    public record Proposal(AmendmentProposal proposal, List<AmendmentSignature> signatures, List<UUID> awaiting) {
        static Proposal of(AmendmentProposal proposal, Agreement agreement) {
            return new Proposal(proposal, proposal.signatures(), proposal.awaiting(parties(agreement)));
        }
    }
}
