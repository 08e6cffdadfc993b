package org.hamyar.beneficiaries.person;

/** As written on the national identity card. */
public enum Sex {
    MALE,
    FEMALE
}
