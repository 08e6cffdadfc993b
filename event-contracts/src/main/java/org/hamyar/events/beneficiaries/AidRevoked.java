package org.hamyar.events.beneficiaries;

import java.time.Instant;
import java.util.UUID;

/** Recorded aid was revoked; the allocation that funded it, if any, is released. */
// the revocation's reason stays in the beneficiaries-service: free text may name people, and events carry none
public record AidRevoked(UUID aidId, UUID householdId, UUID providerOrganizationId, UUID allocationId, Instant revokedAt) {
}
