package org.hamyar.beneficiaries.household.service;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.hamyar.api.security.Actor;
import org.hamyar.beneficiaries.household.Membership;
import org.hamyar.beneficiaries.household.Relation;
import org.hamyar.beneficiaries.household.repository.HouseholdRepository;
import org.hamyar.beneficiaries.household.repository.MembershipRepository;
import org.hamyar.beneficiaries.storage.TimeOrderedIds;

/**
 * The network's rule that a person belongs to one household at a time (docs/product.md §4
 * "Households"), inside the caller's transaction: placing a person in a household ends their
 * stretch wherever they were, and keeps it as history. Whoever changes memberships holds the
 * locks of every household involved ({@link #lockFor}), taken in the order of their ids.
 */
@ApplicationScoped
public class Memberships {

    private final MembershipRepository memberships;
    private final HouseholdRepository households;

    Memberships(MembershipRepository memberships, HouseholdRepository households) {
        this.memberships = memberships;
        this.households = households;
    }

    /**
     * Locks the household and every household these persons belong to now, in id order. A person
     * moved by a concurrent change between the read and the lock is seen on the second read, and
     * that household is locked too (out of order, but only in that rare case; a deadlock there is
     * answered 409 concurrent-modification).
     */
    @Transactional(TxType.MANDATORY)
    public void lockFor(UUID householdId, Collection<UUID> personIds) {
        Set<UUID> locked = new HashSet<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            Set<UUID> needed = new HashSet<>();
            if (householdId != null) {
                needed.add(householdId);
            }
            personIds.forEach(p -> memberships.current(p).ifPresent(m -> needed.add(m.householdId)));
            needed.removeAll(locked);
            if (needed.isEmpty()) {
                return;
            }
            households.lock(needed);
            locked.addAll(needed);
            // the stretches read before the lock may be stale: read them again under it
            personIds.forEach(p -> memberships.current(p).ifPresent(memberships.getEntityManager()::refresh));
        }
    }

    /**
     * Makes the person a present member of the household — its head when {@code relation} is null —
     * ending their present stretch: MOVED when it was in another household (which the actor's own
     * version of that household then no longer lists; other organisations' versions are theirs),
     * CHANGED when only the relation changes. Nothing happens when they are already there as that.
     *
     * @return the stretch the person left, if they came from another household
     */
    @Transactional(TxType.MANDATORY)
    public Optional<Membership> place(Actor actor, UUID householdId, UUID personId, Relation relation, Instant now) {
        boolean head = relation == null;
        Optional<Membership> current = memberships.current(personId);
        Optional<Membership> left = Optional.empty();
        if (current.isPresent()) {
            Membership m = current.get();
            if (m.householdId.equals(householdId) && m.head == head && m.relation == relation) {
                return left;
            }
            boolean moving = !m.householdId.equals(householdId);
            end(actor, m, moving ? Membership.End.MOVED : Membership.End.CHANGED, now);
            if (moving) {
                households.notPresentMember(m.householdId, personId);
                households.notVersionMember(m.householdId, actor.organization(), personId);
                left = current;
            }
        }
        Membership stretch = new Membership();
        stretch.id = TimeOrderedIds.next();
        stretch.householdId = householdId;
        stretch.personId = personId;
        stretch.head = head;
        stretch.relation = relation;
        stretch.validFrom = now;
        stretch.startedByOrganizationId = actor.organization();
        stretch.startedBy = actor.username();
        memberships.persist(stretch);
        if (head) {
            households.notPresentMember(householdId, personId);
        } else {
            households.presentMember(householdId, personId, relation);
        }
        return left;
    }

    /** Ends the person's stretch in the household: they left for no household, or died. */
    @Transactional(TxType.MANDATORY)
    public void leave(Actor actor, Membership stretch, Membership.End reason, Instant now) {
        end(actor, stretch, reason, now);
        households.notPresentMember(stretch.householdId, stretch.personId);
    }

    private void end(Actor actor, Membership m, Membership.End reason, Instant now) {
        m.validTo = now;
        m.endedByOrganizationId = actor.organization();
        m.endedBy = actor.username();
        m.endReason = reason;
        // before the next stretch starts: one open stretch per person (a unique index)
        memberships.flush();
    }
}
