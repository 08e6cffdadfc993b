package org.hamyar.beneficiaries.duplicate.service;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.security.Actor;
import org.hamyar.api.validation.InvalidRequest;
import org.hamyar.beneficiaries.access.Access;
import org.hamyar.beneficiaries.access.RecordAccess;
import org.hamyar.beneficiaries.duplicate.DuplicateFinder;
import org.hamyar.beneficiaries.duplicate.DuplicateFlag;
import org.hamyar.beneficiaries.duplicate.DuplicateProblems;
import org.hamyar.beneficiaries.duplicate.DuplicateStatus;
import org.hamyar.beneficiaries.duplicate.Identity;
import org.hamyar.beneficiaries.duplicate.Match;
import org.hamyar.beneficiaries.duplicate.event.DuplicateEventMapper;
import org.hamyar.beneficiaries.duplicate.repository.DuplicateFlagRepository;
import org.hamyar.beneficiaries.person.Person;
import org.hamyar.beneficiaries.person.repository.PersonRepository;
import org.hamyar.beneficiaries.storage.Timestamps;
import org.hamyar.events.beneficiaries.BeneficiaryEvents;
import org.hamyar.outbox.EventOutbox;

/**
 * Possible duplicates (docs/product.md §4 "Duplicates"): flagged when a new identity resembles an
 * existing one, seen only by whom may see both persons, merged or dismissed by a coordinator of
 * such an organisation.
 */
@ApplicationScoped
public class DuplicateService {

    /** At most this many flags for one new person, the best scores. */
    static final int MAX_FLAGS_PER_REGISTRATION = 10;

    private final DuplicateFinder finder;
    private final DuplicateFlagRepository flags;
    private final PersonRepository persons;
    private final RecordAccess access;
    private final EventOutbox outbox;
    private final Clock clock;

    DuplicateService(DuplicateFinder finder, DuplicateFlagRepository flags, PersonRepository persons, RecordAccess access,
                     EventOutbox outbox, Clock clock) {
        this.finder = finder;
        this.flags = flags;
        this.persons = persons;
        this.access = access;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The identity the finder compares: the person's first registration, names as stored in normalised form. */
    public static Identity identity(Person p) {
        boolean place = p.address != null && p.address.provinceCode != null;
        return Identity.of(p.firstNameNormalized, p.lastNameNormalized, p.fatherNameNormalized, p.birthDate, p.sex,
                place ? p.address.provinceCode : null, place ? p.address.county : null);
    }

    /**
     * Flags every existing person the finder holds for a probable duplicate of a newly registered
     * one, in the registration's transaction. A pair flagged before (a dismissed one included) is
     * not flagged again.
     */
    @Transactional(TxType.MANDATORY)
    public void flagCandidates(Person person, Instant now) {
        // the best few: a common identity must not bury a coordinator under flags (README "Decisions")
        for (Match match : finder.find(identity(person)).stream().limit(MAX_FLAGS_PER_REGISTRATION).toList()) {
            if (!match.personId().equals(person.id)) {
                flags.flagIfNew(person.id, match.personId(), match.score(), match.agreeingFields(), now);
            }
        }
    }

    /** The flags of a status the actor may see (both persons), newest first; an auditor sees all. */
    @Transactional
    public Page<DuplicateFlag> list(Actor actor, DuplicateStatus status, PageRequest page) {
        Set<UUID> organizations = null;
        if (!actor.auditsNetwork()) {
            organizations = new HashSet<>(access.partners(actor));
            organizations.add(actor.organization());
        }
        return Page.of(flags.page(status, organizations, page), page, flags.count(status, organizations));
    }

    @Transactional
    public Optional<DuplicateFlag> read(Actor actor, UUID id) {
        return flags.findByIdOptional(id).filter(flag -> visible(actor, flag));
    }

    /**
     * Merges the pair into {@code survivorId}, one of its two persons, in one transaction:
     * registrations, household memberships, headship, aid and the read log of the other person move
     * to the survivor, the other person's id leads to the survivor from now on, and
     * {@code PersonsMerged} is published.
     *
     * @throws DuplicateProblems.DuplicateNotFound 404: no such flag, or the actor may not see both persons
     * @throws InvalidRequest                      400: the survivor is not one of the pair
     * @throws DuplicateProblems.DuplicateNotOpen  409: merged or dismissed already
     * @throws DuplicateProblems.MergeConflict     409: both persons head a household
     */
    @Transactional
    public DuplicateFlag merge(Actor actor, UUID id, UUID survivorId) {
        DuplicateFlag flag = openFlag(actor, id, survivorId);
        UUID mergedId = flag.other(survivorId);
        // the two identities, locked: a registration linking either waits for the merge
        Person survivor = persons.findById(survivorId, LockModeType.PESSIMISTIC_WRITE);
        Person merged = persons.findById(mergedId, LockModeType.PESSIMISTIC_WRITE);
        if (flags.inDifferentHouseholds(survivorId, mergedId)) {
            throw new DuplicateProblems.MergeConflict();
        }
        flags.merge(mergedId, survivorId);
        decide(actor, flag, DuplicateStatus.MERGED);
        flag.survivingPersonId = survivorId;
        outbox.publish(BeneficiaryEvents.PERSONS_MERGED, survivorId.toString(),
                DuplicateEventMapper.merged(flag, survivor, merged));
        return flag;
    }

    /** Dismisses the pair for good: it is never flagged again. Same 404 and 409 as {@link #merge}. */
    @Transactional
    public DuplicateFlag dismiss(Actor actor, UUID id) {
        DuplicateFlag flag = openFlag(actor, id, null);
        decide(actor, flag, DuplicateStatus.DISMISSED);
        return flag;
    }

    private DuplicateFlag openFlag(Actor actor, UUID id, UUID survivorId) {
        DuplicateFlag flag = flags.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .filter(f -> visible(actor, f))
                .orElseThrow(() -> new DuplicateProblems.DuplicateNotFound(id));
        if (survivorId != null && !flag.names(survivorId)) {
            throw InvalidRequest.of("survivingPersonId", "duplicate.survivor-not-in-pair");
        }
        if (flag.status != DuplicateStatus.OPEN) {
            throw new DuplicateProblems.DuplicateNotOpen(id, flag.status);
        }
        return flag;
    }

    private void decide(Actor actor, DuplicateFlag flag, DuplicateStatus status) {
        flag.status = status;
        flag.decidedAt = Timestamps.of(clock);
        flag.decidedBy = actor.username();
        flag.decidedByOrganizationId = actor.organizationIfAny().orElse(null);
    }

    /** A flag links two persons: the actor sees it only when it may see both records (docs/product.md §2). */
    private boolean visible(Actor actor, DuplicateFlag flag) {
        Set<UUID> partners = access.partners(actor);
        return Access.of(actor, persons.registrants(flag.personId), partners).granted()
                && Access.of(actor, persons.registrants(flag.candidateId), partners).granted();
    }
}
