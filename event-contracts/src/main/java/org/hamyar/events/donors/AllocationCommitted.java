package org.hamyar.events.donors;

import java.time.Instant;
import java.util.UUID;

/** Reserved money was spent: an AidGranted named the allocation. */
public record AllocationCommitted(
        UUID allocationId,
        UUID fundId,
        UUID aidId,
        long amountRials,
        Instant committedAt) {
}
