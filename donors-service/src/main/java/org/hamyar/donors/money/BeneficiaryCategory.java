package org.hamyar.donors.money;

/** The network's beneficiary categories, as the agreements- and beneficiaries-services name them (docs/product.md §3). */
public enum BeneficiaryCategory {
    DISABILITY, RURAL_POOR, ORPHAN, FEMALE_HEADED, ELDERLY, CHRONIC_ILLNESS, UNEMPLOYED, OTHER
}
