package org.hamyar.donors.fund;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hamyar.donors.money.RestrictionColumns;
import org.hamyar.donors.money.Restrictions;

import java.time.Instant;
import java.util.UUID;

/** A pool of money with an owner and restrictions on what it may pay for (docs/product.md §5). */
@Entity
@Table(name = "fund")
public class Fund {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FundKind kind;

    @Column(name = "name_fa", nullable = false)
    private String nameFa;

    @Column(name = "owner_organization_id", nullable = false)
    private UUID ownerOrganizationId;

    @Column(name = "endowment_id")
    private UUID endowmentId;

    @Column(name = "agreement_id")
    private UUID agreementId;

    @Embedded
    private RestrictionColumns restrictions;

    @Column(name = "restriction_fa")
    private String restrictionFa;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Fund() {
        // for Hibernate
    }

    public Fund(UUID id, FundKind kind, String nameFa, UUID owner, UUID endowmentId, UUID agreementId,
                Restrictions restrictions, String restrictionFa, String createdBy, Instant at) {
        this.id = id;
        this.kind = kind;
        this.nameFa = nameFa;
        this.ownerOrganizationId = owner;
        this.endowmentId = endowmentId;
        this.agreementId = agreementId;
        restrict(restrictions, restrictionFa);
        this.createdBy = createdBy;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /** Renames the fund and replaces its restrictions (not those of an endowment's fund: the intention is the deed's). */
    public void update(String nameFa, Restrictions restrictions, String restrictionFa, Instant at) {
        this.nameFa = nameFa;
        restrict(restrictions, restrictionFa);
        this.updatedAt = at;
    }

    private void restrict(Restrictions restrictions, String text) {
        this.restrictions = RestrictionColumns.of(restrictions);
        this.restrictionFa = text;
    }

    public Restrictions restrictions() {
        return restrictions.restrictions();
    }

    public UUID id() {
        return id;
    }

    public FundKind kind() {
        return kind;
    }

    public String nameFa() {
        return nameFa;
    }

    public UUID ownerOrganizationId() {
        return ownerOrganizationId;
    }

    public UUID endowmentId() {
        return endowmentId;
    }

    public UUID agreementId() {
        return agreementId;
    }

    public String restrictionFa() {
        return restrictionFa;
    }

    public String createdBy() {
        return createdBy;
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
