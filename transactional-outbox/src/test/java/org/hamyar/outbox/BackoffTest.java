package org.hamyar.outbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one backoff: the relay's and the consumers'. */
class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(30));

    @Test
    void thePauseStartsAtTheFirstAndDoublesUpToTheCeiling() {
        assertThat(backoff.after(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofMillis(400));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofMillis(3200));
        assertThat(backoff.after(8)).isEqualTo(Duration.ofMillis(25_600));
        assertThat(backoff.after(9)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aLongRunOfFailuresStaysAtTheCeilingWithoutOverflowing() {
        assertThat(backoff.after(10_000)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(30));
        var huge = new Backoff(Duration.ofDays(365 * 1000L), Duration.ofDays(365 * 2000L));
        assertThat(huge.after(64)).isEqualTo(Duration.ofDays(365 * 2000L));
    }

    @Test
    void aPauseEqualToItsCeilingNeverGrows() {
        var flat = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(flat.after(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(flat.after(7)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> backoff.after(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
