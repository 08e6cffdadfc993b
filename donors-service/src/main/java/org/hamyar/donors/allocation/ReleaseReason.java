package org.hamyar.donors.allocation;

/** Why an allocation's money went back to its fund. */
public enum ReleaseReason {
    AID_REVOKED, EXPIRED
}
