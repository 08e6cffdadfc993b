package org.hamyar.beneficiaries.duplicate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A possible duplicate (docs/product.md §4 "Duplicates"): a newly registered person whose names,
 * father's name, birth date and place are close to an existing person's. One per pair, ever.
 */
@Entity
@Table(name = "duplicate_flag")
public class DuplicateFlag {

    @Id
    public UUID id;

    /** The person whose registration raised the flag. */
    @Column(name = "person_id", nullable = false, updatable = false)
    public UUID personId;

    /** The existing person it resembles. */
    @Column(name = "candidate_id", nullable = false, updatable = false)
    public UUID candidateId;

    @Column(nullable = false, updatable = false, precision = 4, scale = 3)
    public BigDecimal score;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "agreeing_fields", nullable = false, updatable = false)
    public List<String> agreeingFields;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DuplicateStatus status;

    @Column(name = "flagged_at", nullable = false, updatable = false)
    public Instant flaggedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_by_organization_id")
    public UUID decidedByOrganizationId;

    @Column(name = "surviving_person_id")
    public UUID survivingPersonId;

    @Version
    public long version;

    /** The other person of the pair. */
    public UUID other(UUID one) {
        return one.equals(personId) ? candidateId : personId;
    }

    public boolean names(UUID person) {
        return personId.equals(person) || candidateId.equals(person);
    }
}
