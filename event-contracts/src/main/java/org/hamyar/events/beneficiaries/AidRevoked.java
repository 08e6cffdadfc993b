package org.hamyar.events.beneficiaries;

import java.time.Instant;
import java.util.UUID;

/** Recorded aid was revoked; the allocation that funded it, if any, is released. */
public record AidRevoked(UUID aidId, UUID householdId, UUID providerOrganizationId, UUID allocationId, String reason, Instant revokedAt) {
}
