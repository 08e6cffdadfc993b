package org.hamyar.beneficiaries.person;

/** The kinds of disability the State Welfare Organisation (Behzisti) assesses. */
public enum DisabilityType {
    PHYSICAL_MOTOR,
    VISUAL,
    HEARING,
    SPEECH,
    INTELLECTUAL,
    PSYCHIATRIC,
    AUTISM,
    MULTIPLE,
    OTHER
}
