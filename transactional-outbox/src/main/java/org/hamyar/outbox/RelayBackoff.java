package org.hamyar.outbox;

import java.time.Duration;
import java.time.Instant;

/**
 * While the broker keeps failing, the scheduled relay skips rounds: the pause doubles from the
 * poll interval after each failed round up to a ceiling, and a successful round ends it.
 * Not thread-safe: the scheduler never runs two relay rounds of one replica at once.
 */
final class RelayBackoff {

    private final Duration base;
    private final Duration max;
    private int consecutiveFailures;
    private Instant nextAttempt = Instant.MIN;

    RelayBackoff(Duration base, Duration max) {
        this.base = base;
        this.max = max;
    }

    boolean shouldWait(Instant now) {
        return now.isBefore(nextAttempt);
    }

    void failed(Instant now) {
        consecutiveFailures++;
        nextAttempt = now.plus(pause(consecutiveFailures));
    }

    /** @return how many rounds had failed before this success */
    int succeeded() {
        int failures = consecutiveFailures;
        consecutiveFailures = 0;
        nextAttempt = Instant.MIN;
        return failures;
    }

    int consecutiveFailures() {
        return consecutiveFailures;
    }

    Duration pause(int failures) {
        // shift at most 20 times: beyond that the ceiling has long been reached
        Duration pause = base.multipliedBy(1L << Math.min(failures, 20));
        return pause.compareTo(max) > 0 ? max : pause;
    }
}
