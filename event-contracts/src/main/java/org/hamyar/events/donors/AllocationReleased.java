package org.hamyar.events.donors;

import java.time.Instant;
import java.util.UUID;

/**
 * An allocation's money went back to its fund.
 *
 * @param reason {@code AID_REVOKED} (the aid it paid for was revoked) or {@code EXPIRED} (no aid
 *               named it before it expired)
 * @param aidId  the revoked aid, when the reason is {@code AID_REVOKED}
 */
public record AllocationReleased(
        UUID allocationId,
        UUID fundId,
        long amountRials,
        String reason,
        UUID aidId,
        Instant releasedAt) {
}
