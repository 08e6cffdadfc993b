package org.hamyar.events.donors;

import java.time.Instant;
import java.util.UUID;

/**
 * A donor was registered. Carries no name and no national code or id: other services need to know
 * that the donor exists and which donors' assembly it belongs to, not who it is.
 *
 * @param kind                   {@code PERSON} or {@code ORGANIZATION}
 * @param assemblyOrganizationId the donors' assembly it is a member of, if any
 * @param assemblyLevel          {@code NATIONAL}, {@code PROVINCE} or {@code COUNTY}, when it is a member
 * @param provinceCode           two-digit province code of the donor, if given
 */
public record DonorRegistered(
        UUID donorId,
        String kind,
        UUID assemblyOrganizationId,
        String assemblyLevel,
        String provinceCode,
        Instant registeredAt) {
}
