package org.hamyar.events.donors;

import java.time.Instant;
import java.util.UUID;

/**
 * Money of a fund was reserved for aid a provider is to grant. The reservation is committed when an
 * AidGranted names it and released when the aid is revoked or the reservation expires unused.
 *
 * @param amountRials integer rials
 */
public record AllocationReserved(
        UUID allocationId,
        UUID fundId,
        long amountRials,
        String aidCategory,
        String beneficiaryCategory,
        String provinceCode,
        String county,
        UUID providerOrganizationId,
        Instant expiresAt,
        Instant reservedAt) {
}
