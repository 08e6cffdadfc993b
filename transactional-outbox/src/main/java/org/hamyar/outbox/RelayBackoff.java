package org.hamyar.outbox;

import java.time.Duration;
import java.time.Instant;

/**
 * While the broker keeps failing, the scheduled relay skips rounds: after each failed round it
 * waits the {@link Backoff} pause (from the poll interval, doubling, up to a ceiling), and a
 * successful round ends it. Not thread-safe: the scheduler never runs two relay rounds of one
 * replica at once.
 */
final class RelayBackoff {

    private final Backoff backoff;
    private int consecutiveFailures;
    private Instant nextAttempt = Instant.MIN;

    RelayBackoff(Duration pollInterval, Duration max) {
        // a poll interval longer than the ceiling is its own ceiling
        this.backoff = new Backoff(pollInterval, max.compareTo(pollInterval) < 0 ? pollInterval : max);
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
        return backoff.after(failures);
    }
}
