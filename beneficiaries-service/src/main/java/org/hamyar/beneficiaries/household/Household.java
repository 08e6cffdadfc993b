package org.hamyar.beneficiaries.household;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hamyar.beneficiaries.person.Address;

/**
 * A household: its present head, members (in {@link HouseholdMember}, their history in
 * {@link Membership}) and address. Its row is what aid grants and moves lock (several in id order):
 * two grants that can see each other's aid take turns, so the overlap check of the second sees the
 * first.
 */
@Entity
@Table(name = "household")
public class Household {

    @Id
    public UUID id;

    /** the present head (the network's: the last one an organisation named); see household_membership */
    @Column(name = "head_person_id", nullable = false)
    public UUID headPersonId;

    @Embedded
    public Address address;

    @Column(name = "registered_by_organization_id", nullable = false, updatable = false)
    public UUID registeredByOrganizationId;

    @Column(name = "registered_at", nullable = false, updatable = false)
    public Instant registeredAt;

    @Version
    public long version;
}
