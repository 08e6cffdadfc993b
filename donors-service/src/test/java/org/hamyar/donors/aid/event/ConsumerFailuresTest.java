package org.hamyar.donors.aid.event;

import jakarta.persistence.PersistenceException;
import org.hamyar.outbox.MalformedEventException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumerFailuresTest {

    @Test
    void aRecordThatIsNoEventOrBreaksARuleIsPermanent() {
        assertThat(ConsumerFailures.isPermanent(new MalformedEventException("no ce_id header"))).isTrue();
        assertThat(ConsumerFailures.isPermanent(new UnusableEventException("amountRials is negative"))).isTrue();
    }

    @Test
    void dataThePostgresRejectsIsPermanentWhereverItIsWrapped() {
        SQLException uniqueViolation = new SQLException("duplicate key", "23505");
        SQLException valueTooLong = new SQLException("value too long", "22001");
        assertThat(ConsumerFailures.isPermanent(new PersistenceException(new RuntimeException(uniqueViolation)))).isTrue();
        assertThat(ConsumerFailures.isPermanent(new PersistenceException(valueTooLong))).isTrue();
    }

    @Test
    void aLostConnectionADeadlockOrAnUnknownFailureIsRetried() {
        assertThat(ConsumerFailures.isPermanent(new PersistenceException(new SQLException("connection lost", "08006")))).isFalse();
        assertThat(ConsumerFailures.isPermanent(new PersistenceException(new SQLException("deadlock", "40P01")))).isFalse();
        assertThat(ConsumerFailures.isPermanent(new SQLException("Sorry, acquisition timeout!"))).isFalse();
        assertThat(ConsumerFailures.isPermanent(new IllegalStateException("transaction manager unavailable"))).isFalse();
    }

    @Test
    void theBackoffDoublesUpToItsCeiling() {
        Duration initial = Duration.ofMillis(200);
        Duration max = Duration.ofSeconds(30);
        assertThat(ConsumerFailures.backoff(1, initial, max)).isEqualTo(Duration.ofMillis(200));
        assertThat(ConsumerFailures.backoff(2, initial, max)).isEqualTo(Duration.ofMillis(400));
        assertThat(ConsumerFailures.backoff(5, initial, max)).isEqualTo(Duration.ofMillis(3200));
        assertThat(ConsumerFailures.backoff(9, initial, max)).isEqualTo(max);
        assertThat(ConsumerFailures.backoff(10_000, initial, max)).isEqualTo(max);
    }
}
