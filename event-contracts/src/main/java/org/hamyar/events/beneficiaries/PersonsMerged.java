package org.hamyar.events.beneficiaries;

import java.time.Instant;
import java.util.UUID;

/**
 * A coordinator merged two records of one person: every registration, household membership and aid
 * record of the merged person now belongs to the surviving one, and the merged id leads to it.
 * Ids and keyed hashes only: a partner that knows either hash maps it to the survivor. Keyed by the
 * surviving person.
 *
 * @param duplicateId the possible duplicate that was decided
 */
public record PersonsMerged(
        UUID survivingPersonId,
        String survivingPersonHash,
        UUID mergedPersonId,
        String mergedPersonHash,
        UUID duplicateId,
        UUID mergedByOrganizationId,
        Instant mergedAt) {
}
