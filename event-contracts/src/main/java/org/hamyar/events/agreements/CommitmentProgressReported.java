package org.hamyar.events.agreements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A party reported progress on a commitment of an agreement. Progress is additive: {@code value}
 * is what this report adds, {@code progressTotal} the sum of every report so far.
 *
 * @param organizationId           the committed party
 * @param reportedByOrganizationId the committed party itself or the agreement's monitoring party
 * @param value                    what this report adds in the target's unit; null for a narrative report
 * @param targetValue              the measurable target, null when the commitment has none
 * @param achieved                 the target is reached, or the party reported the commitment done
 */
public record CommitmentProgressReported(
        UUID agreementId,
        int version,
        UUID commitmentId,
        UUID organizationId,
        UUID reportedByOrganizationId,
        Long value,
        long progressTotal,
        Long targetValue,
        String unit,
        boolean achieved,
        LocalDate reportedOn,
        Instant reportedAt) {
}
