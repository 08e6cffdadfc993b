package org.hamyar.beneficiaries.duplicate;

/** Where a possible duplicate stands: awaiting a coordinator, merged into one person, or dismissed for good. */
public enum DuplicateStatus {
    OPEN,
    MERGED,
    DISMISSED
}
