package org.hamyar.donors.endowment;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hamyar.donors.money.RestrictionColumns;
import org.hamyar.donors.money.Restrictions;

import java.time.Instant;
import java.util.UUID;

/**
 * An endowment (vaqf): an endower's asset whose income may be spent only on the endower's stated
 * purpose, the intention (niyyat), under a trustee organisation (docs/domain.md, docs/product.md §5).
 */
@Entity
@Table(name = "endowment")
public class Endowment {

    @Id
    private UUID id;

    @Column(name = "endower_name", nullable = false)
    private String endowerName;

    @Column(name = "deed_number", nullable = false)
    private String deedNumber;

    @Column(name = "endowed_asset", nullable = false)
    private String endowedAsset;

    @Column(name = "trustee_organization_id", nullable = false)
    private UUID trusteeOrganizationId;

    @Column(name = "fund_id", nullable = false)
    private UUID fundId;

    @Embedded
    private RestrictionColumns restrictions;

    @Column(name = "intention_fa", nullable = false)
    private String intentionFa;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Endowment() {
        // for Hibernate
    }

    public Endowment(UUID id, String endowerName, String deedNumber, String endowedAsset, UUID trustee, UUID fundId,
                     Restrictions intention, String intentionFa, String registeredBy, Instant at) {
        this.id = id;
        this.endowerName = endowerName;
        this.deedNumber = deedNumber;
        this.endowedAsset = endowedAsset;
        this.trusteeOrganizationId = trustee;
        this.fundId = fundId;
        this.restrictions = RestrictionColumns.of(intention);
        this.intentionFa = intentionFa;
        this.registeredBy = registeredBy;
        this.registeredAt = at;
        this.updatedAt = at;
    }

    /** Corrects the record of the endower and the asset; the intention, being the deed's, never changes. */
    public void correct(String endowerName, String endowedAsset, Instant at) {
        this.endowerName = endowerName;
        this.endowedAsset = endowedAsset;
        this.updatedAt = at;
    }

    public Restrictions intention() {
        return restrictions.restrictions();
    }

    public UUID id() {
        return id;
    }

    public String endowerName() {
        return endowerName;
    }

    public String deedNumber() {
        return deedNumber;
    }

    public String endowedAsset() {
        return endowedAsset;
    }

    public UUID trusteeOrganizationId() {
        return trusteeOrganizationId;
    }

    public UUID fundId() {
        return fundId;
    }

    public String intentionFa() {
        return intentionFa;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
