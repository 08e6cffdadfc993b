package org.hamyar.agreements.agreement;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of an agreement's text, kept whole: version 1 is the text the parties signed, each
 * amendment adds the next. The text is stored as JSON (agreement.mapping's StoredTerms, read and
 * written by TermsJson).
 */
@Entity
@Table(name = "agreement_version")
@IdClass(AgreementVersion.Key.class)
public class AgreementVersion {

    @Id
    private UUID agreementId;
    @Id
    private int version;
    @JdbcTypeCode(SqlTypes.JSON)
    private String terms;
    private String reason;
    private UUID recordedByOrganizationId;
    private String recordedBy;
    private Instant recordedAt;

    protected AgreementVersion() {
    }

    public AgreementVersion(UUID agreementId, int version, String termsJson, String reason, UUID recordedByOrganizationId,
                            String recordedBy, Instant recordedAt) {
        this.agreementId = agreementId;
        this.version = version;
        this.terms = termsJson;
        this.reason = reason;
        this.recordedByOrganizationId = recordedByOrganizationId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** A draft's edit rewrites version 1 until it is signed. */
    public void rewrite(String termsJson, UUID organization, String username, Instant at) {
        this.terms = termsJson;
        this.recordedByOrganizationId = organization;
        this.recordedBy = username;
        this.recordedAt = at;
    }

    public UUID agreementId() {
        return agreementId;
    }

    public int version() {
        return version;
    }

    public String termsJson() {
        return terms;
    }

    public String reason() {
        return reason;
    }

    public UUID recordedByOrganizationId() {
        return recordedByOrganizationId;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /** The composite key: agreement and version number. */
    public static class Key implements Serializable {
        private UUID agreementId;
        private int version;

        protected Key() {
        }

        public Key(UUID agreementId, int version) {
            this.agreementId = agreementId;
            this.version = version;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.version == version && Objects.equals(key.agreementId, agreementId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(agreementId, version);
        }
    }
}
