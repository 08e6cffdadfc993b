package org.hamyar.agreements.agreement;

/** What happens when two parties' aid of one category overlaps: refused, or recorded with a warning. */
public enum CoordinationMode {
    BLOCK, WARN
}
