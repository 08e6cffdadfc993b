package org.hamyar.api.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;

/**
 * Deletes idempotency records past their retention. Every replica runs it; the batches skip rows
 * another replica is deleting, so they share the work instead of waiting on each other. A claim
 * also treats an expired record as absent, so a late cleanup never replays a stale response.
 */
@ApplicationScoped
public class IdempotencyCleanup {

    private static final Logger LOG = Logger.getLogger(IdempotencyCleanup.class);

    private final IdempotencyStore store;

    @Inject
    public IdempotencyCleanup(IdempotencyStore store) {
        this.store = store;
    }

    @Scheduled(identity = "hamyar-idempotency-cleanup", every = "${hamyar.idempotency.cleanup-every:1h}",
            delayed = "${hamyar.idempotency.cleanup-delay:5m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = WithoutDataSource.class)
    void deleteExpired() {
        long deleted = store.deleteExpired();
        if (deleted > 0) {
            LOG.infof("Deleted %d expired idempotency records", deleted);
        }
    }

    /** An application without a datasource (the gateway) has no records to delete. */
    @Singleton
    public static class WithoutDataSource implements Scheduled.SkipPredicate {

        @Inject
        IdempotencyStore store;

        @Override
        public boolean test(ScheduledExecution execution) {
            return !store.available();
        }
    }
}
