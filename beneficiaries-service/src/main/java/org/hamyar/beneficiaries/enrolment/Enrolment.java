package org.hamyar.beneficiaries.enrolment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hamyar.beneficiaries.access.Subject;
import org.hamyar.beneficiaries.household.EnrolmentCategory;

/**
 * An organisation takes a person or a household under its support in a category, from a start
 * date to an optional end date, the last day of support (docs/product.md §4).
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    public UUID organizationId;

    @Column(name = "person_id", updatable = false)
    public UUID personId;

    @Column(name = "household_id", updatable = false)
    public UUID householdId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public EnrolmentCategory category;

    @Column(name = "start_date", nullable = false, updatable = false)
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "ended_by")
    public String endedBy;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Version
    public long version;

    public Subject subject() {
        return new Subject(personId, householdId);
    }

    /** Whether the organisation supports the subject on that day. */
    public boolean activeOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || !endDate.isBefore(day));
    }
}
