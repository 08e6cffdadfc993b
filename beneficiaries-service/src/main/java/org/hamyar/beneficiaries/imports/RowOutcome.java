package org.hamyar.beneficiaries.imports;

/** What became of one row of an imported file. */
public enum RowOutcome {
    /** The organisation's first version of the person (whether or not another agency knows the code: that does not show). */
    CREATED,
    /** The organisation already had its version of the person; nothing changed. */
    MATCHED_EXISTING,
    /** Kept apart or flagged: the same national code earlier in the file (not imported), or the same identity under another code (imported, flagged). */
    POSSIBLE_DUPLICATE,
    /** Not imported; the reasons name the columns. */
    REJECTED
}
