package org.hamyar.agreements.commitment;

import java.time.LocalDate;

/**
 * A report of progress on a commitment, as a party makes it: what was achieved since the last report
 * (null for a narrative report), a note, the day it was measured, and whether the commitment is now
 * fulfilled.
 */
public record ProgressEntry(Long value, String note, LocalDate reportedOn, Boolean done) {
}
