package org.hamyar.outbox;

import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures of a consumer no retry can cure. */
class ConsumerFailuresTest {

    @Test
    void aRecordThatIsNoEventOrBreaksARuleIsPermanent() {
        assertThat(ConsumerFailures.isPermanent(new MalformedEventException("no ce_id header"))).isTrue();
        assertThat(ConsumerFailures.isPermanent(new UnusableEventException("amountRials is negative"))).isTrue();
        assertThat(ConsumerFailures.isPermanent(new IllegalStateException("wrapped",
                new UnusableEventException("revocation of aid never granted")))).isTrue();
    }

    @Test
    void dataThePostgresRejectsIsPermanentWhereverItIsWrapped() {
        SQLException uniqueViolation = new SQLException("duplicate key", "23505");
        SQLException valueTooLong = new SQLException("value too long", "22001");
        assertThat(ConsumerFailures.isPermanent(new RuntimeException("flush", new RuntimeException(uniqueViolation)))).isTrue();
        assertThat(ConsumerFailures.isPermanent(new RuntimeException(valueTooLong))).isTrue();
        assertThat(ConsumerFailures.isPermanent(new SQLException("not null", "23502"))).isTrue();
    }

    @Test
    void aBatchFailureCarriesItsStateOnTheNextException() {
        var batch = new BatchUpdateException("Batch entry 0 was aborted", null, new int[0]);
        batch.setNextException(new SQLException("violates check constraint", "23514"));
        assertThat(ConsumerFailures.isPermanent(new RuntimeException(batch))).isTrue();
    }

    @Test
    void aLostConnectionADeadlockOrAnUnknownFailureIsRetried() {
        assertThat(ConsumerFailures.isPermanent(new RuntimeException(new SQLException("connection lost", "08006")))).isFalse();
        assertThat(ConsumerFailures.isPermanent(new RuntimeException(new SQLException("deadlock", "40P01")))).isFalse();
        assertThat(ConsumerFailures.isPermanent(new RuntimeException(new SQLException("could not serialize", "40001")))).isFalse();
        assertThat(ConsumerFailures.isPermanent(new SQLException("relation does not exist", "42P01"))).isFalse();
        assertThat(ConsumerFailures.isPermanent(new SQLException("Sorry, acquisition timeout!"))).isFalse();
        assertThat(ConsumerFailures.isPermanent(new IllegalStateException("transaction manager unavailable"))).isFalse();
        assertThat(ConsumerFailures.isPermanent(null)).isFalse();
    }

    @Test
    void aCycleOfCausesEnds() {
        var first = new RuntimeException("first");
        var second = new RuntimeException("second", first);
        first.initCause(second);
        assertThat(ConsumerFailures.isPermanent(first)).isFalse();
    }
}
