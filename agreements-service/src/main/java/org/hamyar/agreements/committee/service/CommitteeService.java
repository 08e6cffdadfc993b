package org.hamyar.agreements.committee.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hamyar.agreements.Submission;
import org.hamyar.agreements.agreement.Agreement;
import org.hamyar.agreements.agreement.AgreementAction;
import org.hamyar.agreements.agreement.NominationRule;
import org.hamyar.agreements.agreement.service.AgreementAccess;
import org.hamyar.agreements.committee.Appointment;
import org.hamyar.agreements.committee.CommitteeMember;
import org.hamyar.agreements.committee.CommitteeOverview;
import org.hamyar.agreements.committee.CommitteeSeating;
import org.hamyar.agreements.committee.Decision;
import org.hamyar.agreements.committee.DecisionText;
import org.hamyar.agreements.committee.Nomination;
import org.hamyar.agreements.committee.NominationProposal;
import org.hamyar.agreements.committee.Selection;
import org.hamyar.agreements.committee.repository.CommitteeMemberRepository;
import org.hamyar.agreements.committee.repository.DecisionRepository;
import org.hamyar.agreements.committee.repository.NominationRepository;
import org.hamyar.agreements.organization.Organization;
import org.hamyar.agreements.organization.repository.OrganizationRepository;
import org.hamyar.api.problem.DomainProblem;
import org.hamyar.api.security.Actor;
import org.hamyar.api.validation.InvalidRequest;
import org.hamyar.api.validation.Violations;

/**
 * The joint committee of an agreement: parties appoint their representatives within their seats,
 * a nominating party proposes organisations and a choosing party picks one (seed 003), and the
 * committee's decisions are recorded. Every change locks the agreement, so two appointments at
 * once cannot both take the last seat.
 */
@ApplicationScoped
public class CommitteeService {

    private final AgreementAccess access;
    private final CommitteeMemberRepository members;
    private final NominationRepository nominations;
    private final DecisionRepository decisions;
    private final OrganizationRepository organizations;
    private final Clock clock;

    CommitteeService(AgreementAccess access, CommitteeMemberRepository members, NominationRepository nominations,
                     DecisionRepository decisions, OrganizationRepository organizations, Clock clock) {
        this.access = access;
        this.members = members;
        this.nominations = nominations;
        this.decisions = decisions;
        this.organizations = organizations;
        this.clock = clock;
    }

    @Transactional
    public CommitteeOverview committee(UUID agreementId, Actor actor) {
        Agreement agreement = access.readable(agreementId, actor);
        List<CommitteeMember> seated = members.ofAgreement(agreementId);
        List<Nomination> all = nominations.ofAgreement(agreementId);
        var terms = agreement.committeeTerms();
        return new CommitteeOverview(agreementId, terms, CommitteeSeating.of(terms, taken(seated, all)), seated, all);
    }

    /** A party appoints a representative to one of its own seats; 409 when they are all taken. */
    @Transactional
    public CommitteeMember appoint(UUID agreementId, Submission<Appointment> submission, Actor actor) {
        Agreement agreement = lockedForParty(agreementId, actor);
        UUID party = actor.organization();
        Appointment appointment = submission.content();
        submission.require(new Violations()
                .plainText("personName", appointment.personName())
                .plainText("personTitle", appointment.personTitle())
                .list());
        seating(agreement).appoint(party).ifPresent(refusal -> {
            throw seatsRefused(refusal, party);
        });
        LocalDate on = appointment.appointedOn() == null ? LocalDate.now(clock) : appointment.appointedOn();
        var member = CommitteeMember.ofParty(agreementId, party, appointment.personName().strip(),
                blankToNull(appointment.personTitle()), on, actor.username(), clock.instant());
        members.persist(member);
        return member;
    }

    /**
     * The nominating party proposes exactly as many organisations as its rule says, none of them a
     * party or already seated; the seat counts as taken until the choosing party picks.
     */
    @Transactional
    public Nomination nominate(UUID agreementId, Submission<NominationProposal> submission, Actor actor) {
        Agreement agreement = lockedForParty(agreementId, actor);
        NominationProposal proposal = submission.content();
        NominationRule rule = ruleFor(agreement, proposal.ruleId(), actor);
        if (!actor.belongsTo(rule.nominatingOrganizationId())) {
            throw new DomainProblem(403, "not-nominating-party", "Not the nominating party",
                    "Under rule {0} organisation {1} nominates, not yours", rule.id(), rule.nominatingOrganizationId());
        }
        List<UUID> nominees = proposal.nominees() == null ? List.of() : proposal.nominees();
        var rules = new Violations();
        Map<UUID, Organization> known = organizations.byIds(nominees.stream().filter(Objects::nonNull).toList())
                .stream().collect(Collectors.toMap(Organization::id, Function.identity()));
        var seatedOrganizations = members.ofAgreement(agreementId).stream().map(CommitteeMember::organizationId)
                .collect(Collectors.toSet());
        rules.each("nomineeOrganizationIds", nominees, (path, id, i) -> {
            Organization nominee = known.get(id);
            if (nominee == null) {
                rules.add(path, "organization.unknown");
            } else if (rule.nomineeType() != null && nominee.type() != rule.nomineeType()) {
                rules.add(path, "committee.nominee.wrong-type", rule.nomineeType());
            } else if (agreement.isParty(id)) {
                rules.add(path, "committee.nominee.is-party");
            } else if (seatedOrganizations.contains(id)) {
                rules.add(path, "committee.nominee.already-member");
            }
        });
        if (proposal.nominees() != null
                && (nominees.size() != rule.nominees() || new HashSet<>(nominees).size() != nominees.size())) {
            rules.add("nomineeOrganizationIds", "committee.nominees.count", rule.nominees());
        }
        submission.require(rules.list());
        seating(agreement).nominate(rule.id(), nominees).ifPresent(refusal -> {
            throw seatsRefused(refusal, rule.nominatingOrganizationId());
        });
        var nomination = new Nomination(agreementId, rule.id(), nominees, actor.organization(), actor.username(),
                clock.instant());
        nominations.persist(nomination);
        return nomination;
    }

    /** The choosing party picks one of the nominees, who becomes a member. */
    @Transactional
    public CommitteeMember select(UUID agreementId, UUID nominationId, Submission<Selection> submission, Actor actor) {
        Agreement agreement = lockedForParty(agreementId, actor);
        Nomination nomination = nominations.findByIdOptional(nominationId)
                .filter(n -> n.agreementId().equals(agreementId))
                .orElseThrow(() -> new DomainProblem(404, "nomination-not-found", "Nomination not found",
                        "Agreement {0} has no nomination {1}", agreementId, nominationId));
        NominationRule rule = agreement.nominationRules().stream().filter(r -> r.id().equals(nomination.ruleId()))
                .findFirst().orElseThrow();
        if (!actor.belongsTo(rule.choosingOrganizationId())) {
            throw new DomainProblem(403, "not-choosing-party", "Not the choosing party",
                    "Under rule {0} organisation {1} chooses, not yours", rule.id(), rule.choosingOrganizationId());
        }
        if (!nomination.isOpen()) {
            throw new DomainProblem(409, "nomination-closed", "Nomination closed",
                    "Nomination {0} was already decided: organisation {1} was chosen", nominationId,
                    nomination.selectedOrganizationId());
        }
        Selection selection = submission.content();
        submission.require(new Violations()
                .when(selection.organizationId() != null && !nomination.nomineeIds().contains(selection.organizationId()),
                        "organizationId", "committee.selection.not-nominated")
                .plainText("personName", selection.personName())
                .plainText("personTitle", selection.personTitle())
                .list());
        Instant now = clock.instant();
        nomination.select(selection.organizationId(), actor.username(), now);
        var member = CommitteeMember.chosen(agreementId, nomination, selection.organizationId(),
                blankToNull(selection.personName()), blankToNull(selection.personTitle()), LocalDate.now(clock),
                actor.username(), now);
        members.persist(member);
        return member;
    }

    /** Records a decision of the committee, such as the approval of a guideline. */
    @Transactional
    public Decision decide(UUID agreementId, Submission<DecisionText> submission, Actor actor) {
        lockedForParty(agreementId, actor);
        DecisionText text = submission.content();
        submission.require(new Violations()
                .plainText("subject", text.subject())
                .plainText("text", text.text())
                .when(text.decidedOn() != null && text.decidedOn().isAfter(LocalDate.now(clock)),
                        "decidedOn", "date.in-future")
                .list());
        var decision = new Decision(agreementId, text.subject().strip(), text.text().strip(),
                text.kind() == null ? Decision.Kind.OTHER : text.kind(), text.decidedOn(), actor.organization(),
                actor.username(), clock.instant());
        decisions.persist(decision);
        return decision;
    }

    /** The committee's decisions, oldest first. */
    @Transactional
    public List<Decision> decisions(UUID agreementId, Actor actor) {
        access.readable(agreementId, actor);
        return decisions.ofAgreement(agreementId);
    }

    /** The seats of an agreement's committee that members hold or open nominations are filling. */
    public List<CommitteeSeating.Seat> seatsTaken(UUID agreementId) {
        return taken(members.ofAgreement(agreementId), nominations.ofAgreement(agreementId));
    }

    private Agreement lockedForParty(UUID agreementId, Actor actor) {
        return access.lockedForParty(agreementId, actor, AgreementAction.MANAGE_COMMITTEE);
    }

    private NominationRule ruleFor(Agreement agreement, UUID ruleId, Actor actor) {
        if (ruleId != null) {
            return agreement.nominationRules().stream().filter(r -> r.id().equals(ruleId)).findFirst()
                    .orElseThrow(() -> InvalidRequest.of("ruleId", "committee.rule.unknown"));
        }
        List<NominationRule> own = agreement.nominationRules().stream()
                .filter(r -> actor.belongsTo(r.nominatingOrganizationId())).toList();
        if (own.size() == 1) {
            return own.getFirst();
        }
        if (own.isEmpty()) {
            throw new DomainProblem(403, "not-nominating-party", "Not the nominating party",
                    "Your organisation nominates under no rule of agreement {0}", agreement.id());
        }
        throw InvalidRequest.of("ruleId", "committee.rule.ambiguous");
    }

    private CommitteeSeating seating(Agreement agreement) {
        return CommitteeSeating.of(agreement.committeeTerms(), seatsTaken(agreement.id()));
    }

    private static List<CommitteeSeating.Seat> taken(List<CommitteeMember> seated, List<Nomination> all) {
        var taken = new ArrayList<CommitteeSeating.Seat>();
        seated.forEach(m -> taken.add(m.seat()));
        all.stream().filter(Nomination::isOpen).forEach(n -> taken.add(CommitteeSeating.Seat.ofRule(n.ruleId())));
        return taken;
    }

    private static DomainProblem seatsRefused(CommitteeSeating.Refusal refusal, UUID organization) {
        return switch (refusal) {
            case NO_SEATS -> new DomainProblem(409, "committee-no-seats", "No seats",
                    "Organisation {0} has no seats on this committee", organization);
            case SEATS_FULL -> new DomainProblem(409, "committee-seats-full", "Seats full",
                    "Every committee seat of organisation {0} is taken", organization);
            case WRONG_NOMINEE_COUNT -> InvalidRequest.of("nomineeOrganizationIds", "committee.nominees.count");
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
