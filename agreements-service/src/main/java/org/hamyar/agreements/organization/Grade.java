package org.hamyar.agreements.organization;

/**
 * The grade of an NGO's capacity assessment (seed 003: <i>zarfiyat-sanji va sath-bandi</i>),
 * {@code A} the most capable. Four levels, as Iranian NGO-support programmes usually grade.
 */
public enum Grade {
    A, B, C, D
}
