package org.hamyar.donors.donation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hamyar.donors.money.MoneyProblems;

import java.time.Instant;
import java.util.UUID;

/** A gift to a fund: money, goods or a promise (docs/product.md §5). */
@Entity
@Table(name = "donation")
public class Donation {

    @Id
    private UUID id;

    @Column(name = "fund_id", nullable = false)
    private UUID fundId;

    @Column(name = "donor_id")
    private UUID donorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DonationKind kind;

    @Column(name = "amount_rials", nullable = false)
    private long amountRials;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DonationStatus status;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Donation() {
        // for Hibernate
    }

    public Donation(UUID id, UUID fundId, UUID donorId, DonationKind kind, long amountRials, String description,
                    String recordedBy, Instant at) {
        this.id = id;
        this.fundId = fundId;
        this.donorId = donorId;
        this.kind = kind;
        this.amountRials = amountRials;
        this.description = description;
        this.status = kind == DonationKind.PLEDGE ? DonationStatus.PLEDGED : DonationStatus.RECEIVED;
        this.receivedAt = kind == DonationKind.PLEDGE ? null : at;
        this.recordedBy = recordedBy;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /** The pledge was paid: from now on it is money. */
    public void pay(Instant at) {
        if (status != DonationStatus.PLEDGED) {
            throw MoneyProblems.invalidTransition("donation", status, "paid");
        }
        this.status = DonationStatus.PAID;
        this.receivedAt = at;
        this.updatedAt = at;
    }

    /** Whether it credits its fund with money now. */
    public boolean countsAsMoney() {
        return status == DonationStatus.PAID || (status == DonationStatus.RECEIVED && kind.isMoney());
    }

    public UUID id() {
        return id;
    }

    public UUID fundId() {
        return fundId;
    }

    public UUID donorId() {
        return donorId;
    }

    public DonationKind kind() {
        return kind;
    }

    public long amountRials() {
        return amountRials;
    }

    public String description() {
        return description;
    }

    public DonationStatus status() {
        return status;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
