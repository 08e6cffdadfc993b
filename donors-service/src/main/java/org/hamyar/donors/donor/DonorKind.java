package org.hamyar.donors.donor;

/** A donor is a person (10-digit national code) or an organisation (11-digit national id). */
public enum DonorKind {
    PERSON, ORGANIZATION
}
