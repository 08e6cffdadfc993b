package org.hamyar.events.beneficiaries;

import java.time.Instant;
import java.util.UUID;

/**
 * A household (a head and the members living with them) was registered for the first time.
 *
 * @param headPersonHash    the network's keyed hash of the head's national code
 * @param memberCount       members besides the head
 * @param organizationId    the organisation that registered it
 * @param enrolmentCategory the beneficiary category it is supported under (e.g. {@code RURAL_POOR}), null when not given
 */
public record HouseholdRegistered(
        UUID householdId,
        UUID headPersonId,
        String headPersonHash,
        int memberCount,
        UUID organizationId,
        String enrolmentCategory,
        String provinceCode,
        String county,
        boolean rural,
        Instant registeredAt) {
}
