package org.hamyar.beneficiaries.referral;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One step of a referral's history: the state it entered, who moved it there and when. Never changed. */
@Entity
@Table(name = "referral_transition")
public class ReferralTransition {

    @EmbeddedId
    public Key id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ReferralStatus status;

    @Column(name = "organization_id", nullable = false, updatable = false)
    public UUID organizationId;

    @Column(nullable = false, updatable = false)
    public String username;

    @Column(nullable = false, updatable = false)
    public Instant at;

    /** a decline's reason, or a revocation's when given */
    @Column(updatable = false)
    public String reason;

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "referral_id")
        public UUID referralId;

        @Column(name = "seq")
        public short seq;

        public Key() {
        }

        public Key(UUID referralId, short seq) {
            this.referralId = referralId;
            this.seq = seq;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(referralId, other.referralId) && seq == other.seq;
        }

        @Override
        public int hashCode() {
            return Objects.hash(referralId, seq);
        }
    }
}
