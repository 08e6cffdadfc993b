package org.hamyar.outbox;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure that retrying cannot cure from one that passes. The first kind sends the record
 * to the dead-letter topic at once; the second is retried in place, however long it lasts, because
 * a database outage must delay events, not divert them.
 */
public final class ConsumerFailures {

    private ConsumerFailures() {
    }

    /**
     * Permanent, wherever it sits in the chain of causes: an {@link UnusableEventException} (the
     * record is not a Hamyar CloudEvent, its data does not fit its type, or it breaks a rule of the
     * consumer), or an {@link SQLException} in which PostgreSQL rejected the data itself: SQLSTATE
     * class 22 (data exception: a value too long, out of range, malformed) or 23 (integrity
     * constraint violation: not null, unique, foreign key, check). Everything else is transient:
     * lost connections, pool timeouts, serialization failures, deadlocks, a table being migrated,
     * the transaction manager failing.
     */
    public static boolean isPermanent(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof UnusableEventException) {
                return true;
            }
            if (cause instanceof SQLException sql && rejectsTheData(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean rejectsTheData(SQLException sql) {
        for (SQLException next = sql; next != null; next = next.getNextException()) {
            String state = next.getSQLState();
            if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
                return true;
            }
            if (next.getNextException() == next) {
                break;
            }
        }
        return false;
    }
}
