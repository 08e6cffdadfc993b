package org.hamyar.donors.allocation;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;

/**
 * Releases reservations that no AidGranted named before they expired (docs/product.md §5). Safe
 * with any number of replicas: each batch locks its rows with FOR UPDATE SKIP LOCKED, so two
 * replicas running at once release different reservations, and each reservation once.
 */
@ApplicationScoped
public class AllocationExpiry {

    private static final Logger LOG = Logger.getLogger(AllocationExpiry.class);

    private final AllocationService allocations;
    private final AllocationConfig config;
    private final Clock clock;

    AllocationExpiry(AllocationService allocations, AllocationConfig config, Clock clock) {
        this.allocations = allocations;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "allocation-expiry", every = "${hamyar.donors.allocations.expiry-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        releaseExpired(Instant.now(clock));
    }

    /** Releases every reservation expired at {@code now}, a batch per transaction; returns how many. */
    public int releaseExpired(Instant now) {
        int total = 0;
        int released;
        do {
            released = allocations.expire(now, config.expiryBatch());
            total += released;
        } while (released == config.expiryBatch());
        if (total > 0) {
            LOG.infof("Released %d expired reservations", total);
        }
        return total;
    }
}
