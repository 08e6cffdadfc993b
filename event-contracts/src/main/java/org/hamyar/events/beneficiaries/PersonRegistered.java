package org.hamyar.events.beneficiaries;

import java.time.Instant;
import java.util.UUID;

/**
 * A person entered the network's registry for the first time. Registering an existing national
 * code again publishes nothing: the person is the same. Carries no name, national code, phone or
 * disability: the person is known to other systems by the network's keyed hash.
 *
 * @param personHash     HMAC-SHA256 of the national code under the network's secret, 64 hex digits
 * @param organizationId the organisation that registered the person
 * @param provinceCode   two-digit province code of the person's address, null when none was given
 * @param rural          whether the person lives in a village, null when no address was given
 */
public record PersonRegistered(
        UUID personId,
        String personHash,
        UUID organizationId,
        String provinceCode,
        String county,
        Boolean rural,
        Instant registeredAt) {
}
