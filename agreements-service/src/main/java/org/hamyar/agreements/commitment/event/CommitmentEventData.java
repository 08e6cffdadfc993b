package org.hamyar.agreements.commitment.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.hamyar.agreements.agreement.Agreement;
import org.hamyar.agreements.agreement.Commitment;
import org.hamyar.agreements.commitment.CommitmentProgress;
import org.hamyar.events.agreements.CommitmentOverdue;
import org.hamyar.events.agreements.CommitmentProgressReported;

/** The data of the commitment events, keyed by their agreement. */
public final class CommitmentEventData {

    private CommitmentEventData() {
    }

    public static CommitmentProgressReported progressReported(Agreement agreement, Commitment commitment,
                                                              UUID reportedBy, Long value, CommitmentProgress after,
                                                              LocalDate reportedOn, Instant at) {
        return new CommitmentProgressReported(agreement.id(), agreement.version(), commitment.id(),
                commitment.organizationId(), reportedBy, value, after.progressTotal(), commitment.targetValue(),
                commitment.targetUnit(), after.achieved(), reportedOn, at);
    }

    public static CommitmentOverdue overdue(Commitment commitment, LocalDate detectedOn) {
        Agreement agreement = commitment.agreement();
        return new CommitmentOverdue(agreement.id(), agreement.version(), commitment.id(), commitment.organizationId(),
                commitment.dueDate(), commitment.targetValue(), commitment.progressTotal(), detectedOn);
    }
}
