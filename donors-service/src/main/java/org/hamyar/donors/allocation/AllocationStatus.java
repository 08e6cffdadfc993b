package org.hamyar.donors.allocation;

/** RESERVED → COMMITTED (an AidGranted named it) → RELEASED (aid revoked); RESERVED → RELEASED (expired). */
public enum AllocationStatus {
    RESERVED, COMMITTED, RELEASED
}
