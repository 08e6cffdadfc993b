package org.hamyar.outbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RelayBackoffTest {

    private final Instant now = Instant.parse("2026-03-20T08:00:00Z");
    private final RelayBackoff backoff = new RelayBackoff(Duration.ofMillis(250), Duration.ofSeconds(5));

    @Test
    void aHealthyRelayNeverWaits() {
        assertThat(backoff.shouldWait(now)).isFalse();
    }

    @Test
    void thePauseDoublesFromThePollIntervalWithEachFailedRoundUpToTheCeiling() {
        assertThat(backoff.pause(1)).isEqualTo(Duration.ofMillis(250));
        assertThat(backoff.pause(2)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.pause(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.pause(5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.pause(6)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.pause(1_000)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aPollIntervalLongerThanTheCeilingIsItsOwnCeiling() {
        var slow = new RelayBackoff(Duration.ofSeconds(10), Duration.ofSeconds(5));
        assertThat(slow.pause(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(slow.pause(3)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void afterAFailureRoundsAreSkippedUntilThePauseHasPassed() {
        backoff.failed(now);
        backoff.failed(now);

        assertThat(backoff.shouldWait(now.plusMillis(499))).isTrue();
        assertThat(backoff.shouldWait(now.plusMillis(500))).isFalse();
    }

    @Test
    void aSuccessfulRoundEndsTheBackoffAndReportsTheFailedRounds() {
        backoff.failed(now);
        backoff.failed(now);
        backoff.failed(now);

        assertThat(backoff.succeeded()).isEqualTo(3);
        assertThat(backoff.shouldWait(now)).isFalse();
        assertThat(backoff.consecutiveFailures()).isZero();

        backoff.failed(now);
        assertThat(backoff.shouldWait(now.plusMillis(249))).isTrue();
        assertThat(backoff.shouldWait(now.plusMillis(250))).isFalse();
    }
}
