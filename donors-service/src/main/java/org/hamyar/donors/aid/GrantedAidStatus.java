package org.hamyar.donors.aid;

/** Where granted aid stands, as the beneficiaries-service last announced it. */
public enum GrantedAidStatus {
    /** AidGranted was received. */
    GRANTED,
    /** AidRevoked was received; an allocation that funded it is released (a later issue). */
    REVOKED
}
