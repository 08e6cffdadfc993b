package org.hamyar.agreements.commitment;

/** A progress report and where its commitment stood once it was added. */
public record RecordedProgress(ProgressReport report, CommitmentProgress after) {
}
