package org.hamyar.agreements.agreement;

/** The enrolment categories of docs/product.md §4: whom an agreement serves. */
public enum BeneficiaryCategory {
    DISABILITY, RURAL_POOR, ORPHAN, FEMALE_HEADED, ELDERLY, CHRONIC_ILLNESS, UNEMPLOYED, OTHER
}
