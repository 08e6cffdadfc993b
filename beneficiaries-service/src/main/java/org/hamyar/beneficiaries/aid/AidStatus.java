package org.hamyar.beneficiaries.aid;

/** docs/product.md §4: aid is planned, delivered, or revoked; revoked aid never counts as an overlap. */
public enum AidStatus {
    PLANNED,
    DELIVERED,
    REVOKED
}
