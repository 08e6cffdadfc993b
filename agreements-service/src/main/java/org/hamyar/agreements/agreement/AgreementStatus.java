package org.hamyar.agreements.agreement;

/** Where an agreement is in its life: DRAFT → SIGNED → ACTIVE → EXPIRED | TERMINATED (docs/product.md §3). */
public enum AgreementStatus {
    DRAFT, SIGNED, ACTIVE, EXPIRED, TERMINATED;

    /** Whether the agreement has ended, by expiry or termination: nothing may change it any more. */
    public boolean isEnded() {
        return this == EXPIRED || this == TERMINATED;
    }
}
