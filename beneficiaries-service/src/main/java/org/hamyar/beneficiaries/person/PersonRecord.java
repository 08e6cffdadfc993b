package org.hamyar.beneficiaries.person;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
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

/**
 * One organisation's version of a person's record (docs/product.md §2): what it registered, shown
 * to it and to whom it shares with, never to anyone else. The {@link Person} is the identity all
 * versions share.
 */
@Entity
@Table(name = "person_registration")
public class PersonRecord {

    @EmbeddedId
    public Key id;

    @Column(name = "first_name", nullable = false)
    public String firstName;

    @Column(name = "last_name", nullable = false)
    public String lastName;

    @Column(name = "father_name")
    public String fatherName;

    @Column(name = "first_name_normalized", nullable = false)
    public String firstNameNormalized;

    @Column(name = "last_name_normalized", nullable = false)
    public String lastNameNormalized;

    @Column(name = "father_name_normalized")
    public String fatherNameNormalized;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sex sex;

    @Enumerated(EnumType.STRING)
    @Column(name = "disability_type")
    public DisabilityType disabilityType;

    @Enumerated(EnumType.STRING)
    @Column(name = "disability_severity")
    public DisabilitySeverity disabilitySeverity;

    public String phone;

    @Embedded
    public Address address;

    /** The identity (names, father's name, birth date) differs from the person's first registration. */
    @Column(name = "identity_disputed", nullable = false)
    public boolean identityDisputed;

    @Column(name = "registered_at", nullable = false, updatable = false)
    public Instant registeredAt;

    @Version
    public long version;

    public UUID personId() {
        return id.personId;
    }

    public UUID organizationId() {
        return id.organizationId;
    }

    /** Whether the two versions name a different person: normalised names, father's name or birth date. */
    public boolean identityDiffers(PersonRecord other) {
        return !firstNameNormalized.equals(other.firstNameNormalized)
                || !lastNameNormalized.equals(other.lastNameNormalized)
                || !Objects.equals(fatherNameNormalized, other.fatherNameNormalized)
                || !birthDate.equals(other.birthDate);
    }

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "person_id")
        public UUID personId;

        @Column(name = "organization_id")
        public UUID organizationId;

        public Key() {
        }

        public Key(UUID personId, UUID organizationId) {
            this.personId = personId;
            this.organizationId = organizationId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(personId, other.personId)
                    && Objects.equals(organizationId, other.organizationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(personId, organizationId);
        }
    }
}
