package org.hamyar.beneficiaries.household;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hamyar.beneficiaries.person.Address;

/**
 * One organisation's version of a household (docs/product.md §2): its address and enrolment
 * category; its composition is in {@code household_registration_member}.
 */
@Entity
@Table(name = "household_registration")
public class HouseholdRecord {

    @EmbeddedId
    public Key id;

    /** the head in this organisation's version */
    @Column(name = "head_person_id", nullable = false)
    public UUID headPersonId;

    @Embedded
    public Address address;

    @Enumerated(EnumType.STRING)
    @Column(name = "enrolment_category")
    public EnrolmentCategory enrolmentCategory;

    @Column(name = "registered_at", nullable = false, updatable = false)
    public Instant registeredAt;

    @Version
    public long version;

    public UUID organizationId() {
        return id.organizationId;
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "household_id")
        public UUID householdId;

        @Column(name = "organization_id")
        public UUID organizationId;

        public Key() {
        }

        public Key(UUID householdId, UUID organizationId) {
            this.householdId = householdId;
            this.organizationId = organizationId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(householdId, other.householdId)
                    && Objects.equals(organizationId, other.organizationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(householdId, organizationId);
        }
    }
}
