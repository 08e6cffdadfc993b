package org.hamyar.beneficiaries.person;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person in the network's registry, once per national code (or nationally unique document). Which organisations serve the person
 * is in {@code person_registration}; the names are kept as written and in normalised form.
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    public UUID id;

    /** Null for a person identified by a document. */
    @Column(name = "national_code", updatable = false)
    public String nationalCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", updatable = false)
    public DocumentType documentType;

    @Column(name = "document_number", updatable = false)
    public String documentNumber;

    /** {@link IdentityDocument#linkKey}: unique, what finds the person again by the document. */
    @Column(name = "document_key", updatable = false)
    public String documentKey;

    @Column(name = "person_hash", nullable = false, updatable = false)
    public String personHash;

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

    @Column(name = "registered_by_organization_id", nullable = false, updatable = false)
    public UUID registeredByOrganizationId;

    @Column(name = "registered_at", nullable = false, updatable = false)
    public Instant registeredAt;

    /** Set when a coordinator merged this person into another: every reference now names that one. */
    @Column(name = "merged_into")
    public UUID mergedInto;

    /** The duplicate finder's blocking keys (duplicate.BlockingKeys), null once merged. */
    @Column(name = "dup_key_names")
    public String dupKeyNames;

    @Column(name = "dup_key_last")
    public String dupKeyLast;

    @Column(name = "dup_key_first")
    public String dupKeyFirst;

    @Column(name = "dup_key_father")
    public String dupKeyFather;

    @Version
    public long version;
}
