package org.hamyar.agreements.commitment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hamyar.agreements.agreement.AgreementStatus;
import org.hamyar.agreements.agreement.Terms;

/**
 * Where an agreement's commitments stand on a day: each current commitment with its progress,
 * whether it is overdue, and how often and how lately it was reported on.
 */
public record AgreementProgress(UUID agreementId, int version, AgreementStatus status, LocalDate asOf,
                                List<Line> commitments) {

    public AgreementProgress {
        commitments = List.copyOf(commitments);
    }

    /**
     * @param overdue overdue only counts while the agreement binds (ACTIVE or EXPIRED)
     * @param lastReportedOn null when never reported on
     */
    public record Line(Terms.Commitment commitment, CommitmentProgress progress, boolean overdue, long reports,
                       LocalDate lastReportedOn) {
    }
}
