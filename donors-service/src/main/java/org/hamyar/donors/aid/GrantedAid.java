package org.hamyar.donors.aid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hamyar.events.beneficiaries.AidGranted;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Aid that a member of the network granted, as the donors-service learnt it from
 * {@code beneficiaries.events}: what was given, by whom, where, for how much, and — when an
 * allocation paid for it — which one. It names no person: the household is an opaque id.
 */
@Entity
@Table(name = "granted_aid")
public class GrantedAid {

    @Id
    @Column(name = "aid_id")
    private UUID aidId;

    @Column(name = "household_id")
    private UUID householdId;

    @Column(name = "provider_organization_id", nullable = false)
    private UUID providerOrganizationId;

    @Column(name = "agreement_id")
    private UUID agreementId;

    @Column(name = "allocation_id")
    private UUID allocationId;

    @Column(nullable = false)
    private String category;

    @Column(name = "amount_rials", nullable = false)
    private long amountRials;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "province_code", nullable = false)
    private String provinceCode;

    private String county;

    @Column(nullable = false)
    private boolean rural;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    @Column(name = "delivery_status")
    private String deliveryStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GrantedAidStatus status;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revocation_reason")
    private String revocationReason;

    @Column(name = "last_event_id", nullable = false)
    private UUID lastEventId;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected GrantedAid() {
        // for Hibernate
    }

    /**
     * The aid an {@code AidGranted} event announced, already checked by
     * {@code org.hamyar.donors.aid.event.AidEventRules}.
     *
     * @param eventId    the event's {@code ce_id}
     * @param recordedAt when this service recorded it
     */
    public GrantedAid(AidGranted grant, UUID eventId, Instant recordedAt) {
        this.aidId = Objects.requireNonNull(grant.aidId(), "aidId");
        this.householdId = grant.householdId();
        this.providerOrganizationId = grant.providerOrganizationId();
        this.agreementId = grant.agreementId();
        this.allocationId = grant.allocationId();
        this.category = grant.category();
        this.amountRials = grant.amountRials();
        this.quantity = grant.quantity();
        this.provinceCode = grant.provinceCode();
        this.county = grant.county();
        this.rural = grant.rural();
        this.periodStart = grant.periodStart();
        this.periodEnd = grant.periodEnd();
        this.deliveryStatus = grant.status();
        this.status = GrantedAidStatus.GRANTED;
        this.grantedAt = grant.grantedAt();
        this.lastEventId = Objects.requireNonNull(eventId, "eventId");
        this.recordedAt = recordedAt;
        this.updatedAt = recordedAt;
    }

    /**
     * Marks the aid revoked. Revoking revoked aid changes nothing: the first revocation's time and
     * reason stay.
     *
     * @return whether the row changed
     */
    public boolean revoke(Instant revokedAt, String reason, UUID eventId, Instant now) {
        if (status == GrantedAidStatus.REVOKED) {
            return false;
        }
        this.status = GrantedAidStatus.REVOKED;
        this.revokedAt = Objects.requireNonNull(revokedAt, "revokedAt");
        this.revocationReason = reason;
        this.lastEventId = Objects.requireNonNull(eventId, "eventId");
        this.updatedAt = now;
        return true;
    }

    public UUID aidId() {
        return aidId;
    }

    public UUID householdId() {
        return householdId;
    }

    public UUID providerOrganizationId() {
        return providerOrganizationId;
    }

    public UUID agreementId() {
        return agreementId;
    }

    public UUID allocationId() {
        return allocationId;
    }

    public String category() {
        return category;
    }

    public long amountRials() {
        return amountRials;
    }

    public int quantity() {
        return quantity;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public String county() {
        return county;
    }

    public boolean rural() {
        return rural;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public String deliveryStatus() {
        return deliveryStatus;
    }

    public GrantedAidStatus status() {
        return status;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public String revocationReason() {
        return revocationReason;
    }

    public UUID lastEventId() {
        return lastEventId;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
