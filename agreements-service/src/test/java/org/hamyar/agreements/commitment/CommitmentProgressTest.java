package org.hamyar.agreements.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class CommitmentProgressTest {

    private static final LocalDate DUE = LocalDate.of(2019, 6, 21);

    @Test
    void nineHundredOfNineHundredHouseholdsIsAHundredPercentAndAchieved() {
        var progress = new CommitmentProgress(900L, 900, false, DUE);
        assertThat(progress.percentBasisPoints()).hasValue(10_000);
        assertThat(progress.percent()).isEqualTo("100.00");
        assertThat(progress.achieved()).isTrue();
        assertThat(progress.overdueOn(DUE.plusYears(1))).isFalse();
    }

    @Test
    void percentIsRoundedDownToBasisPointsWithoutFloatingPoint() {
        assertThat(new CommitmentProgress(41L, 13, false, DUE).percent()).isEqualTo("31.70"); // 31.707…
        assertThat(new CommitmentProgress(3L, 1, false, DUE).percent()).isEqualTo("33.33");
        assertThat(new CommitmentProgress(900L, 0, false, DUE).percent()).isEqualTo("0.00");
        assertThat(new CommitmentProgress(7L, 1, false, DUE).percent()).isEqualTo("14.28");
    }

    @Test
    void doingMoreThanPromisedShowsAboveAHundred() {
        assertThat(new CommitmentProgress(40L, 41, false, DUE).percent()).isEqualTo("102.50");
    }

    @Test
    void aCommitmentWithoutTargetHasNoPercentAndIsAchievedOnlyWhenReportedDone() {
        var open = new CommitmentProgress(null, 0, false, DUE);
        assertThat(open.percent()).isNull();
        assertThat(open.percentBasisPoints()).isEmpty();
        assertThat(open.achieved()).isFalse();
        assertThat(open.plus(null, true).achieved()).isTrue();
    }

    @Test
    void overdueOnlyAfterTheDueDateAndOnlyWhileUnachieved() {
        var half = new CommitmentProgress(900L, 450, false, DUE);
        assertThat(half.overdueOn(DUE)).as("the due date itself is in time").isFalse();
        assertThat(half.overdueOn(DUE.plusDays(1))).isTrue();
        assertThat(half.plus(450L, false).overdueOn(DUE.plusDays(1))).isFalse();
        assertThat(new CommitmentProgress(900L, 0, false, null).overdueOn(DUE.plusYears(9)))
                .as("no due date, never overdue").isFalse();
    }

    @Test
    void reportsAddUp() {
        var progress = new CommitmentProgress(41L, 0, false, DUE).plus(20L, false).plus(21L, false);
        assertThat(progress.progressTotal()).isEqualTo(41);
        assertThat(progress.achieved()).isTrue();
    }

    @Test
    void refusesNegativeProgressAndNonPositiveTargets() {
        assertThatThrownBy(() -> new CommitmentProgress(10L, -1, false, DUE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CommitmentProgress(0L, 0, false, DUE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void percentMatchesExactRationalArithmetic(@ForAll @LongRange(min = 1, max = 1_000_000_000_000L) long target,
                                               @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long total) {
        long basisPoints = new CommitmentProgress(target, total, false, DUE).percentBasisPoints().orElseThrow();
        // floor(total * 10000 / target): basisPoints * target <= total * 10000 < (basisPoints + 1) * target
        var scaled = java.math.BigInteger.valueOf(total).multiply(java.math.BigInteger.valueOf(10_000));
        var low = java.math.BigInteger.valueOf(basisPoints).multiply(java.math.BigInteger.valueOf(target));
        assertThat(low).isLessThanOrEqualTo(scaled);
        assertThat(low.add(java.math.BigInteger.valueOf(target))).isGreaterThan(scaled);
    }
}
