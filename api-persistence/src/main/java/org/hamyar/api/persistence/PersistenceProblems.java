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
 * {@code concurrent-modification}; a unique violation (23505) is 409 {@code conflict}.
 */
@ApplicationScoped
public class PersistenceProblems implements CauseRecognizer {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final Set<String> RETRYABLE_STATES = Set.of("40001", "40P01");

    @Override
    public DomainProblem recognise(Throwable cause) {
        if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
            return ExceptionProblems.concurrentModification();
        }
        if (cause instanceof SQLException sql) {
            if (UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return ExceptionProblems.conflict();
            }
            if (RETRYABLE_STATES.contains(sql.getSQLState())) {
                return ExceptionProblems.concurrentModification();
            }
        }
        return null;
    }
}
