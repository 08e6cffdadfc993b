package org.hamyar.donors.aid.event;

import org.hamyar.outbox.MalformedEventException;

import java.sql.SQLException;
import java.time.Duration;

/**
 * Tells a failure that retrying cannot cure from one that passes. The first kind sends the record
 * to the dead-letter topic at once; the second is retried in place, however long it lasts, because
 * a database outage must delay events, not divert them.
 */
public final class ConsumerFailures {

    private ConsumerFailures() {
    }

    /**
     * Permanent: the record is not a Hamyar CloudEvent or its data does not fit its type
     * ({@link MalformedEventException}), the event breaks a rule or refers to unknown aid
     * ({@link UnusableEventException}), or PostgreSQL rejected the data itself (SQLSTATE class 22,
     * data exception, or 23, integrity constraint violation). Everything else — lost connections,
     * pool timeouts, serialization failures, deadlocks — is transient.
     */
    public static boolean isPermanent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MalformedEventException || cause instanceof UnusableEventException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * The pause before retry {@code attempt} (1 for the first retry): doubling from
     * {@code initial}, never longer than {@code max}.
     */
    public static Duration backoff(int attempt, Duration initial, Duration max) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1: " + attempt);
        }
        int doublings = Math.min(attempt - 1, 30);
        Duration delay = initial.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
