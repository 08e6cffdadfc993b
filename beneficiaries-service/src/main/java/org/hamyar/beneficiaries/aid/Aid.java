package org.hamyar.beneficiaries.aid;

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

import org.hamyar.beneficiaries.overlap.RecordedAid;

/** An aid record: what a provider gave a household (or one of its people), when, and how much. */
@Entity
@Table(name = "aid")
public class Aid {

    @Id
    public UUID id;

    /** null for aid to a person outside any household */
    @Column(name = "household_id", updatable = false)
    public UUID householdId;

    @Column(name = "person_id", updatable = false)
    public UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public AidCategory category;

    /** Integer rials: money is never a floating-point number here. */
    @Column(name = "amount_rials", nullable = false)
    public long amountRials;

    @Column(nullable = false)
    public int quantity;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Column(name = "provider_organization_id", nullable = false, updatable = false)
    public UUID providerOrganizationId;

    @Column(name = "agreement_id")
    public UUID agreementId;

    /** a programme other than an agreement (a short code of the provider's); null with an agreement */
    @Column(name = "programme_code")
    public String programmeCode;

    @Column(name = "allocation_id")
    public UUID allocationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AidStatus status;

    @Column(name = "province_code", nullable = false, updatable = false)
    public String provinceCode;

    @Column(nullable = false, updatable = false)
    public String county;

    @Column(nullable = false, updatable = false)
    public boolean rural;

    @Column(name = "overlap_warnings", nullable = false)
    public int overlapWarnings;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public Instant recordedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "revocation_reason")
    public String revocationReason;

    @Version
    public long version;

    public RecordedAid recorded() {
        return new RecordedAid(id, householdId, personId, category, periodStart, periodEnd, providerOrganizationId, status,
                recordedAt);
    }
}
