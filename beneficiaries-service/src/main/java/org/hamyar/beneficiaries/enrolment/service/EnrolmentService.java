package org.hamyar.beneficiaries.enrolment.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.hamyar.api.http.EntityTags;
import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.security.Actor;
import org.hamyar.api.validation.InvalidRequest;
import org.hamyar.beneficiaries.access.RecordAccess;
import org.hamyar.beneficiaries.access.Subject;
import org.hamyar.beneficiaries.enrolment.Enrolment;
import org.hamyar.beneficiaries.enrolment.EnrolmentOrder;
import org.hamyar.beneficiaries.enrolment.EnrolmentProblems;
import org.hamyar.beneficiaries.enrolment.event.EnrolmentEventMapper;
import org.hamyar.beneficiaries.enrolment.repository.EnrolmentRepository;
import org.hamyar.beneficiaries.household.EnrolmentCategory;
import org.hamyar.beneficiaries.person.repository.PersonRepository;
import org.hamyar.beneficiaries.storage.TimeOrderedIds;
import org.hamyar.beneficiaries.storage.Timestamps;
import org.hamyar.events.beneficiaries.BeneficiaryEvents;
import org.hamyar.outbox.EventOutbox;

/**
 * Enrolments (docs/product.md §4): an organisation supports a person or household it may see in a
 * category, for a period. One organisation's enrolments of one subject in one category never
 * overlap (409): checked under an advisory lock on the three, so two at the same moment cannot
 * both pass. An organisation reads its own enrolments; an auditor all; showing one whose subject
 * the reader did not register is a logged read of that subject.
 */
@ApplicationScoped
public class EnrolmentService {

    private final EnrolmentRepository enrolments;
    private final PersonRepository persons;
    private final RecordAccess access;
    private final EventOutbox outbox;
    private final Clock clock;

    EnrolmentService(EnrolmentRepository enrolments, PersonRepository persons, RecordAccess access, EventOutbox outbox,
                     Clock clock) {
        this.enrolments = enrolments;
        this.persons = persons;
        this.access = access;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Enrols a subject the actor's organisation may see (404 otherwise) as that organisation. */
    @Transactional
    public Enrolment enrol(Actor actor, EnrolmentOrder order) {
        UUID organization = actor.organization();
        Subject subject = order.subject();
        access.actingOn(actor, subject);
        enrolments.lock(organization, subject, order.category());
        enrolments.overlapping(organization, subject, order.category(), order.startDate(), order.endDate(), null)
                .ifPresent(existing -> {
                    throw new EnrolmentProblems.EnrolmentOverlaps(order.category(), existing.id);
                });
        return persist(organization, actor.username(), order, Timestamps.of(clock));
    }

    /**
     * The enrolment a household registration's {@code enrolmentCategory} stands for: the household
     * from the day of the registration, open-ended, unless the organisation already enrols it in
     * the category on that day (the same fact, not a conflict). In the registration's transaction.
     */
    @Transactional(TxType.MANDATORY)
    public void enrolRegistered(Actor actor, UUID householdId, EnrolmentCategory category, Instant now) {
        UUID organization = actor.organization();
        Subject subject = Subject.household(householdId);
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        enrolments.lock(organization, subject, category);
        if (enrolments.overlapping(organization, subject, category, today, today, null).isEmpty()) {
            persist(organization, actor.username(), new EnrolmentOrder(subject, category, today, null), now);
        }
    }

    /** An enrolment of the actor's organisation, or any for an auditor; otherwise empty (404). */
    @Transactional
    public Optional<Enrolment> read(Actor actor, UUID id) {
        Optional<Enrolment> found = enrolments.findByIdOptional(id).filter(e -> visible(actor, e));
        found.ifPresent(e -> access.logged(actor, access.ofEach(actor, List.of(e.subject()))));
        return found;
    }

    /** The actor's organisation's enrolments (an auditor: the network's), newest start first. */
    @Transactional
    public Page<Enrolment> list(Actor actor, EnrolmentRepository.Filter filter, PageRequest page) {
        Page<Enrolment> found = enrolments.list(actor.auditsNetwork() ? null : actor.organization(), filter, page);
        var subjects = new LinkedHashSet<Subject>();
        found.items().forEach(e -> subjects.add(e.subject()));
        access.logged(actor, access.ofEach(actor, subjects));
        return found;
    }

    /**
     * Ends the organisation's support on {@code endDate}, the last day (If-Match). The day may not
     * be before the start, nor after an end recorded at enrolment (400 naming {@code endDate}); an
     * enrolment ended before is 409.
     */
    @Transactional
    public Enrolment end(Actor actor, UUID id, String ifMatch, LocalDate endDate) {
        UUID organization = actor.organization();
        Enrolment enrolment = enrolments.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(e -> e.organizationId.equals(organization))
                .orElseThrow(() -> new EnrolmentProblems.EnrolmentNotFound(id));
        EntityTags.requireIfMatch(ifMatch, enrolment.version);
        if (enrolment.endedAt != null) {
            throw new EnrolmentProblems.AlreadyEnded(id);
        }
        if (endDate.isBefore(enrolment.startDate)) {
            throw InvalidRequest.of("endDate", "enrolment.end-before-start");
        }
        if (enrolment.endDate != null && endDate.isAfter(enrolment.endDate)) {
            throw InvalidRequest.of("endDate", "enrolment.end-after-recorded-end");
        }
        enrolment.endDate = endDate;
        enrolment.endedAt = Timestamps.of(clock);
        enrolment.endedBy = actor.username();
        enrolments.flush();
        outbox.publish(BeneficiaryEvents.ENROLMENT_ENDED, enrolment.subject().id().toString(),
                EnrolmentEventMapper.ended(enrolment, personHash(enrolment)));
        return enrolment;
    }

    private Enrolment persist(UUID organization, String username, EnrolmentOrder order, Instant now) {
        Enrolment e = new Enrolment();
        e.id = TimeOrderedIds.next();
        e.organizationId = organization;
        e.personId = order.subject().personId();
        e.householdId = order.subject().householdId();
        e.category = order.category();
        e.startDate = order.startDate();
        e.endDate = order.endDate();
        e.createdBy = username;
        e.createdAt = now;
        enrolments.persist(e);
        outbox.publish(BeneficiaryEvents.ENROLMENT_CREATED, order.subject().id().toString(),
                EnrolmentEventMapper.created(e, personHash(e)));
        return e;
    }

    private static boolean visible(Actor actor, Enrolment enrolment) {
        return actor.auditsNetwork() || actor.belongsTo(enrolment.organizationId);
    }

    private String personHash(Enrolment e) {
        return e.personId == null ? null : persons.findByIdOptional(e.personId).map(p -> p.personHash).orElse(null);
    }
}
