package org.hamyar.beneficiaries.coordination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The projection of one agreement from {@code agreements.events}: replaced whole by each newer
 * activation or amendment, marked inactive by termination or expiry. Never written by requests.
 */
@Entity
@Table(name = "coordination_agreement")
public class CoordinationAgreement {

    @Id
    @Column(name = "agreement_id")
    public UUID agreementId;

    public int version;

    /** Orders events of one version: 1 activation or amendment, 2 termination or expiry. */
    @Column(name = "lifecycle_rank")
    public short lifecycleRank;

    public String status;

    public boolean active;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<UUID> parties;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> provinces;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> counties;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "aid_categories")
    public List<String> aidCategories;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "blocking_categories")
    public List<String> blockingCategories;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "warning_categories")
    public List<String> warningCategories;

    @Column(name = "data_sharing")
    public boolean dataSharing;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Whether an event of this version and rank is newer than (or as new as) what is stored. */
    public boolean isOlderThan(int eventVersion, short eventRank) {
        return version < eventVersion || (version == eventVersion && lifecycleRank <= eventRank);
    }

    public CoordinationTerms terms() {
        return new CoordinationTerms(agreementId, new HashSet<>(parties), new HashSet<>(provinces),
                new HashSet<>(counties), new HashSet<>(blockingCategories), dataSharing);
    }
}
