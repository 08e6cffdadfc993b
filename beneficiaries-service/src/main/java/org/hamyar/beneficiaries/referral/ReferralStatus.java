package org.hamyar.beneficiaries.referral;

/** Where a referral stands (docs/product.md §4). */
public enum ReferralStatus {
    SENT,
    ACCEPTED,
    DECLINED,
    COMPLETED,
    REVOKED
}
