package org.hamyar.beneficiaries.household;

/** The categories an organisation takes a person or household under its support in (docs/product.md §4). */
public enum EnrolmentCategory {
    DISABILITY,
    RURAL_POOR,
    ORPHAN,
    FEMALE_HEADED,
    ELDERLY,
    CHRONIC_ILLNESS,
    UNEMPLOYED,
    OTHER
}
