package org.hamyar.beneficiaries.household;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One stretch of one person in one household with one relation (docs/product.md §4 "Households"):
 * the network's fact that a person belongs to one household at a time, with its history. A move or
 * a new relation ends the stretch and starts another. Each organisation's version of the
 * household's composition is kept apart ({@code household_registration_member}).
 */
@Entity
@Table(name = "household_membership")
public class Membership {

    /** Why a stretch ended. */
    public enum End {
        /** the person joined another household */
        MOVED,
        /** the person left the household for none */
        LEFT,
        DIED,
        /** the person stays, with another relation (a new head) */
        CHANGED
    }

    @Id
    public UUID id;

    @Column(name = "household_id", nullable = false, updatable = false)
    public UUID householdId;

    @Column(name = "person_id", nullable = false, updatable = false)
    public UUID personId;

    @Column(nullable = false, updatable = false)
    public boolean head;

    /** null for the head */
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public Relation relation;

    @Column(name = "valid_from", nullable = false, updatable = false)
    public Instant validFrom;

    @Column(name = "valid_to")
    public Instant validTo;

    @Column(name = "started_by_organization_id", nullable = false, updatable = false)
    public UUID startedByOrganizationId;

    @Column(name = "started_by", nullable = false, updatable = false)
    public String startedBy;

    @Column(name = "ended_by_organization_id")
    public UUID endedByOrganizationId;

    @Column(name = "ended_by")
    public String endedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    public End endReason;

    public boolean current() {
        return validTo == null;
    }
}
