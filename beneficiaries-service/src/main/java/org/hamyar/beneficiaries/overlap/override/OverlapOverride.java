package org.hamyar.beneficiaries.overlap.override;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A coordinator of the granting organisation recorded aid that the overlap rules block, with a
 * written justification (docs/product.md §4): the audit log of overrides. Never changed.
 */
@Entity
@Table(name = "overlap_override")
public class OverlapOverride {

    @Id
    public UUID id;

    @Column(name = "aid_id", nullable = false, updatable = false)
    public UUID aidId;

    /** null for aid to a person outside any household */
    @Column(name = "household_id", updatable = false)
    public UUID householdId;

    @Column(nullable = false, updatable = false)
    public String category;

    @Column(name = "provider_organization_id", nullable = false, updatable = false)
    public UUID providerOrganizationId;

    @Column(name = "province_code", nullable = false, updatable = false)
    public String provinceCode;

    @Column(nullable = false, updatable = false)
    public String county;

    /** how many blocking overlaps the coordinator overrode */
    @Column(name = "overridden_blocks", nullable = false, updatable = false)
    public int overriddenBlocks;

    /** free text: read by the granting organisation and auditors only, never published */
    @Column(nullable = false, updatable = false)
    public String justification;

    @Column(name = "overridden_by", nullable = false, updatable = false)
    public String overriddenBy;

    @Column(name = "overridden_at", nullable = false, updatable = false)
    public Instant overriddenAt;
}
