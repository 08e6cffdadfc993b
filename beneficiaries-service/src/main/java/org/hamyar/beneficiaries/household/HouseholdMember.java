package org.hamyar.beneficiaries.household;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A present member of a household in the network, besides its head, and their relation to the head:
 * kept beside {@link Membership}, whose open stretches it mirrors.
 */
@Entity
@Table(name = "household_member")
public class HouseholdMember {

    @EmbeddedId
    public Key id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Relation relation;

    public HouseholdMember() {
    }

    public HouseholdMember(UUID householdId, UUID personId, Relation relation) {
        this.id = new Key(householdId, personId);
        this.relation = relation;
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "household_id")
        public UUID householdId;

        @Column(name = "person_id")
        public UUID personId;

        public Key() {
        }

        public Key(UUID householdId, UUID personId) {
            this.householdId = householdId;
            this.personId = personId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(householdId, other.householdId)
                    && Objects.equals(personId, other.personId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(householdId, personId);
        }
    }
}
