package org.hamyar.donors.allocation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hamyar.donors.aid.AidCategory;
import org.hamyar.donors.money.BeneficiaryCategory;
import org.hamyar.donors.money.MoneyProblems;
import org.hamyar.standards.PersianText;

import java.time.Instant;
import java.util.UUID;

/**
 * Money of a fund reserved for aid a provider is to grant (docs/product.md §5). It names no
 * beneficiary: the aid that spends it does, in the beneficiaries-service.
 */
@Entity
@Table(name = "allocation")
public class Allocation {

    @Id
    private UUID id;

    @Column(name = "fund_id", nullable = false)
    private UUID fundId;

    @Column(name = "amount_rials", nullable = false)
    private long amountRials;

    @Enumerated(EnumType.STRING)
    @Column(name = "aid_category", nullable = false)
    private AidCategory aidCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "beneficiary_category", nullable = false)
    private BeneficiaryCategory beneficiaryCategory;

    @Column(name = "province_code", nullable = false)
    private String provinceCode;

    private String county;

    @Column(name = "provider_organization_id", nullable = false)
    private UUID providerOrganizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AllocationStatus status;

    @Column(name = "reserved_by", nullable = false)
    private String reservedBy;

    @Column(name = "reserved_at", nullable = false)
    private Instant reservedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "aid_id")
    private UUID aidId;

    @Column(name = "committed_at")
    private Instant committedAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "release_reason")
    private ReleaseReason releaseReason;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Allocation() {
        // for Hibernate
    }

    public Allocation(UUID id, UUID fundId, long amountRials, AidCategory aidCategory, BeneficiaryCategory beneficiaryCategory,
                      String provinceCode, String county, UUID provider, String reservedBy, Instant at, Instant expiresAt) {
        this.id = id;
        this.fundId = fundId;
        this.amountRials = amountRials;
        this.aidCategory = aidCategory;
        this.beneficiaryCategory = beneficiaryCategory;
        this.provinceCode = provinceCode;
        this.county = county;
        this.providerOrganizationId = provider;
        this.status = AllocationStatus.RESERVED;
        this.reservedBy = reservedBy;
        this.reservedAt = at;
        this.expiresAt = expiresAt;
        this.updatedAt = at;
    }

    /**
     * Whether aid of this provider, category and place is what the money was reserved for: the
     * reservation passed the fund's restrictions (an endowment's intention) for its own category and
     * place only, so aid of another kind or elsewhere must not spend it. A reservation without a
     * county serves the whole province; counties compare as the beneficiaries-service compares them
     * (letter variants and spacing aside).
     */
    public boolean reservedFor(UUID provider, String category, String province, String aidCounty) {
        return providerOrganizationId.equals(provider) && aidCategory.name().equals(category)
                && provinceCode.equals(province)
                && (county == null || aidCounty != null && PersianText.compact(county).equals(PersianText.compact(aidCounty)));
    }

    /** Aid was granted against the reservation. */
    public void commit(UUID aid, Instant at) {
        if (status != AllocationStatus.RESERVED) {
            throw MoneyProblems.invalidTransition("allocation", status, "committed");
        }
        this.status = AllocationStatus.COMMITTED;
        this.aidId = aid;
        this.committedAt = at;
        this.updatedAt = at;
    }

    /** The money goes back to the fund; returns the status it left. */
    public AllocationStatus release(ReleaseReason reason, Instant at) {
        AllocationStatus was = status;
        if (was == AllocationStatus.RELEASED) {
            throw MoneyProblems.invalidTransition("allocation", status, "released");
        }
        this.status = AllocationStatus.RELEASED;
        this.releaseReason = reason;
        this.releasedAt = at;
        this.updatedAt = at;
        return was;
    }

    public UUID id() {
        return id;
    }

    public UUID fundId() {
        return fundId;
    }

    public long amountRials() {
        return amountRials;
    }

    public AidCategory aidCategory() {
        return aidCategory;
    }

    public BeneficiaryCategory beneficiaryCategory() {
        return beneficiaryCategory;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public String county() {
        return county;
    }

    public UUID providerOrganizationId() {
        return providerOrganizationId;
    }

    public AllocationStatus status() {
        return status;
    }

    public String reservedBy() {
        return reservedBy;
    }

    public Instant reservedAt() {
        return reservedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public UUID aidId() {
        return aidId;
    }

    public Instant committedAt() {
        return committedAt;
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    public ReleaseReason releaseReason() {
        return releaseReason;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
