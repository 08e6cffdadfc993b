package org.hamyar.beneficiaries.person;

/** The four grades of Behzisti's disability assessment: khafif, motevasset, shadid, kheili shadid. */
public enum DisabilitySeverity {
    MILD,
    MODERATE,
    SEVERE,
    VERY_SEVERE
}
