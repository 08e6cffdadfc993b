package org.hamyar.api.persistence;

import java.sql.SQLException;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;

import org.hamyar.api.problem.CauseRecognizer;
import org.hamyar.api.problem.DomainProblem;
import org.hamyar.api.problem.ExceptionProblems;
import org.hibernate.StaleStateException;

/**
 * The database's answers that are the client's to resolve: a stale version (optimistic lock), a
 * serialization failure or deadlock (PostgreSQL SQLSTATE 40001, 40P01) are 409
 * {@code concurrent-modification}; a unique violation (23505) is 409 {@code conflict}. A database
 * that takes no more connections (too many clients, 53300; starting or stopping, 57P03; a broken
 * connection, class 08; the pool's acquisition timeout) is 503 {@code service-unavailable} with
 * {@code Retry-After}: the request did nothing, and the same request a moment later may succeed.
 * Text PostgreSQL cannot store (a NUL character, U+0000, in a parameter or a body's field: SQLSTATE
 * 22021; a character the database's encoding lacks, 22P05) is 400 {@code unstorable-character}: the
 * client sent it, and no text column takes it. The transaction rolls back, so nothing is half-written.
 */
@ApplicationScoped
public class PersistenceProblems implements CauseRecognizer {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final Set<String> UNSTORABLE_TEXT_STATES = Set.of("22021", "22P05");
    private static final Set<String> RETRYABLE_STATES = Set.of("40001", "40P01");
    private static final Set<String> UNAVAILABLE_STATES = Set.of("53300", "57P03");
    /** How Agroal says no connection came free in time (it gives no SQLSTATE). */
    private static final String ACQUISITION_TIMEOUT = "Acquisition timeout";

    @Override
    public DomainProblem recognise(Throwable cause) {
        if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
            return ExceptionProblems.concurrentModification();
        }
        if (cause instanceof SQLException sql) {
            // no SQLSTATE at all (Agroal's own failures): Set.of(...).contains(null) would throw
            String state = sql.getSQLState() == null ? "" : sql.getSQLState();
            if (UNIQUE_VIOLATION.equals(state)) {
                return ExceptionProblems.conflict();
            }
            if (UNSTORABLE_TEXT_STATES.contains(state)) {
                return new DomainProblem(400, "unstorable-character", "Unstorable character",
                        "The request holds a character no text can store, such as U+0000 (NUL)");
            }
            if (RETRYABLE_STATES.contains(state)) {
                return ExceptionProblems.concurrentModification();
            }
            if (state.startsWith("08") || UNAVAILABLE_STATES.contains(state)
                    || state.isEmpty() && sql.getMessage() != null && sql.getMessage().startsWith(ACQUISITION_TIMEOUT)) {
                return databaseUnavailable();
            }
        }
        return null;
    }

    private static DomainProblem databaseUnavailable() {
        return new DomainProblem(503, "service-unavailable", "Service unavailable",
                "The service cannot answer right now; retry later").withHeader("Retry-After", "1");
    }
}
