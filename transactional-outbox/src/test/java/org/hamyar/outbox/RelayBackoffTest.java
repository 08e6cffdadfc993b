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
    void thePauseDoublesWithEachFailedRoundUpToTheCeiling() {
        assertThat(backoff.pause(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.pause(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.pause(4)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.pause(5)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.pause(1_000)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void afterAFailureRoundsAreSkippedUntilThePauseHasPassed() {
        backoff.failed(now);
        backoff.failed(now);

        assertThat(backoff.shouldWait(now.plusMillis(999))).isTrue();
        assertThat(backoff.shouldWait(now.plusSeconds(1))).isFalse();
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
        assertThat(backoff.shouldWait(now.plusMillis(499))).isTrue();
        assertThat(backoff.shouldWait(now.plusMillis(500))).isFalse();
    }
}
