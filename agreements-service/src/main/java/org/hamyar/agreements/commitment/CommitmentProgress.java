package org.hamyar.agreements.commitment;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.OptionalLong;

import org.hamyar.agreements.agreement.Commitment;

/**
 * Where a commitment stands: the progress reported so far against its target and due date.
 * Integer arithmetic only — a percentage is carried in basis points (1/100 of a percent) and
 * written as a decimal string, never as a floating-point number.
 *
 * @param targetValue    the measurable target, or null when the commitment has none
 * @param progressTotal  the sum of the values of every progress report (reports are additive)
 * @param reportedDone   a party reported the commitment fulfilled (the only way to fulfil one without a target)
 * @param dueDate        null when the commitment has no due date
 */
public record CommitmentProgress(Long targetValue, long progressTotal, boolean reportedDone, LocalDate dueDate) {

    private static final BigInteger BASIS_POINTS_PER_WHOLE = BigInteger.valueOf(10_000);

    public CommitmentProgress {
        if (progressTotal < 0) {
            throw new IllegalArgumentException("progress cannot be negative: " + progressTotal);
        }
        if (targetValue != null && targetValue <= 0) {
            throw new IllegalArgumentException("a target must be positive: " + targetValue);
        }
    }

    /** Where a commitment of an agreement's text stands now. */
    public static CommitmentProgress of(Commitment commitment) {
        return new CommitmentProgress(commitment.targetValue(), commitment.progressTotal(), commitment.reportedDone(),
                commitment.dueDate());
    }

    /** Fulfilled: reported done, or the target reached. */
    public boolean achieved() {
        return reportedDone || (targetValue != null && progressTotal >= targetValue);
    }

    /** Past its due date and not achieved. The due date itself is still in time. */
    public boolean overdueOn(LocalDate today) {
        return dueDate != null && today.isAfter(dueDate) && !achieved();
    }

    /**
     * Progress over target in basis points, rounded down (4500 = 45.00 %); may exceed 10000 when a
     * party does more than it promised. Empty without a target.
     */
    public OptionalLong percentBasisPoints() {
        if (targetValue == null) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(BigInteger.valueOf(progressTotal).multiply(BASIS_POINTS_PER_WHOLE)
                .divide(BigInteger.valueOf(targetValue)).longValueExact());
    }

    /** The percentage as a decimal string with two places ({@code "45.67"}), or null without a target. */
    public String percent() {
        OptionalLong basisPoints = percentBasisPoints();
        if (basisPoints.isEmpty()) {
            return null;
        }
        long value = basisPoints.getAsLong();
        return (value / 100) + "." + String.format("%02d", value % 100);
    }

    /** The progress after a report adding {@code value} (null for a narrative report). */
    public CommitmentProgress plus(Long value, boolean done) {
        long total = value == null ? progressTotal : Math.addExact(progressTotal, value);
        return new CommitmentProgress(targetValue, total, reportedDone || done, dueDate);
    }
}
