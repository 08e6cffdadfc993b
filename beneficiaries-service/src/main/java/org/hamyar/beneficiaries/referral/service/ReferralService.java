package org.hamyar.beneficiaries.referral.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hamyar.api.http.EntityTags;
import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.security.Actor;
import org.hamyar.api.validation.InvalidRequest;
import org.hamyar.beneficiaries.access.Access;
import org.hamyar.beneficiaries.access.RecordAccess;
import org.hamyar.beneficiaries.access.Subject;
import org.hamyar.beneficiaries.person.repository.PersonRepository;
import org.hamyar.beneficiaries.referral.Referral;
import org.hamyar.beneficiaries.referral.ReferralAction;
import org.hamyar.beneficiaries.referral.ReferralOrder;
import org.hamyar.beneficiaries.referral.ReferralProblems;
import org.hamyar.beneficiaries.referral.ReferralStatus;
import org.hamyar.beneficiaries.referral.ReferralTransition;
import org.hamyar.beneficiaries.referral.event.ReferralEventMapper;
import org.hamyar.beneficiaries.referral.repository.ReferralRepository;
import org.hamyar.beneficiaries.storage.TimeOrderedIds;
import org.hamyar.beneficiaries.storage.Timestamps;
import org.hamyar.events.beneficiaries.BeneficiaryEvents;
import org.hamyar.outbox.EventOutbox;

/**
 * Referrals between organisations (docs/product.md §4, seed 002). Each change of state locks the
 * referral's row, checks the caller's party, the ETag and the lifecycle ({@link ReferralAction}),
 * then writes the new state, a history row and the event in one transaction.
 */
@ApplicationScoped
public class ReferralService {

    private final ReferralRepository referrals;
    private final PersonRepository persons;
    private final RecordAccess access;
    private final EventOutbox outbox;
    private final Clock clock;

    ReferralService(ReferralRepository referrals, PersonRepository persons, RecordAccess access, EventOutbox outbox,
                    Clock clock) {
        this.referrals = referrals;
        this.persons = persons;
        this.access = access;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A referral with its history, as both parties and auditors see it. */
    public record View(Referral referral, List<ReferralTransition> history) {
    }

    /**
     * Sends a referral from the actor's organisation. No consent, no referral (422, nothing
     * written). The subject must be one the sender registered: a record it sees only through data
     * sharing or another referral is 404 if it sees nothing, else 422 (its partner's version is not
     * its to pass on). The receiver must be another organisation the service knows (422).
     */
    @Transactional
    public View send(Actor actor, ReferralOrder order) {
        UUID sender = actor.organization();
        if (!order.consentGiven()) {
            throw new ReferralProblems.ConsentMissing();
        }
        if (order.consentDate().isAfter(LocalDate.now(clock))) {
            throw InvalidRequest.of("consent.date", "referral.consent-date-future");
        }
        Subject subject = order.subject();
        if (access.actingOn(actor, subject) != Access.REGISTRANT) {
            throw new ReferralProblems.NotRegisteredBySender();
        }
        if (order.receiverOrganizationId().equals(sender) || !referrals.knownOrganization(order.receiverOrganizationId())) {
            throw new ReferralProblems.UnknownReceiver(order.receiverOrganizationId());
        }
        Referral referral = new Referral();
        referral.id = TimeOrderedIds.next();
        referral.senderOrganizationId = sender;
        referral.receiverOrganizationId = order.receiverOrganizationId();
        referral.personId = subject.personId();
        referral.householdId = subject.householdId();
        referral.aidCategory = order.aidCategory();
        referral.reason = order.reason().strip();
        referral.consentDate = order.consentDate();
        referral.consentMethod = order.consentMethod();
        referral.status = ReferralStatus.SENT;
        referral.sentBy = actor.username();
        referral.sentAt = Timestamps.of(clock);
        referrals.persist(referral);
        ReferralTransition sent = transition(referral, (short) 1, actor, null, referral.sentAt);
        referrals.getEntityManager().persist(sent);
        outbox.publish(BeneficiaryEvents.REFERRAL_SENT, referral.id.toString(),
                ReferralEventMapper.sent(referral, personHash(referral)));
        return new View(referral, List.of(sent));
    }

    /** A referral the actor's organisation sent or received, or any for an auditor; otherwise empty (404). */
    @Transactional
    public Optional<View> read(Actor actor, UUID id) {
        return referrals.findByIdOptional(id).filter(r -> visible(actor, r))
                .map(r -> new View(r, referrals.history(r.id)));
    }

    /** The referrals the actor's organisation sent or received (an auditor: the network's), newest first. */
    @Transactional
    public Page<View> list(Actor actor, ReferralRepository.Filter filter, PageRequest page) {
        Page<Referral> found = referrals.list(actor.auditsNetwork() ? null : actor.organization(), filter, page);
        Map<UUID, List<ReferralTransition>> histories = referrals.histories(found.items().stream().map(r -> r.id).toList());
        return found.map(r -> new View(r, histories.getOrDefault(r.id, List.of())));
    }

    /**
     * The action of one party: the receiver accepts, declines or completes; the sender revokes. The
     * other party and third organisations are answered 404; a state the action does not apply to is
     * 409; a stale {@code If-Match} 412.
     *
     * @param reason required to decline (the request checks it), optional to revoke, else null
     */
    @Transactional
    public View act(Actor actor, UUID id, ReferralAction action, String ifMatch, String reason) {
        UUID organization = actor.organization();
        Referral referral = referrals.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(r -> r.party(action.party()).equals(organization))
                .orElseThrow(() -> new ReferralProblems.ReferralNotFound(id));
        EntityTags.requireIfMatch(ifMatch, referral.version);
        if (!action.appliesTo(referral.status)) {
            throw new ReferralProblems.InvalidTransition(id, referral.status, action);
        }
        Instant now = Timestamps.of(clock);
        List<ReferralTransition> history = new java.util.ArrayList<>(referrals.history(id));
        referral.status = action.result();
        ReferralTransition step = transition(referral, (short) (history.size() + 1), actor,
                reason == null || reason.isBlank() ? null : reason.strip(), now);
        referrals.getEntityManager().persist(step);
        history.add(step);
        publish(action, referral, now);
        referrals.flush();
        return new View(referral, history);
    }

    private void publish(ReferralAction action, Referral referral, Instant at) {
        publish(referral, ReferralEventMapper.transitioned(referral, action, personHash(referral), at));
    }

    private <T> void publish(Referral referral, ReferralEventMapper.Event<T> event) {
        outbox.publish(event.type(), referral.id.toString(), event.data());
    }

    private static boolean visible(Actor actor, Referral referral) {
        return actor.auditsNetwork() || referral.hasParty(actor.organization());
    }

    private String personHash(Referral referral) {
        return referral.personId == null ? null : persons.findByIdOptional(referral.personId).map(p -> p.personHash)
                .orElse(null);
    }

    private static ReferralTransition transition(Referral referral, short seq, Actor actor, String reason, Instant at) {
        ReferralTransition t = new ReferralTransition();
        t.id = new ReferralTransition.Key(referral.id, seq);
        t.status = referral.status;
        t.organizationId = actor.organization();
        t.username = actor.username();
        t.at = at;
        t.reason = reason;
        return t;
    }
}
