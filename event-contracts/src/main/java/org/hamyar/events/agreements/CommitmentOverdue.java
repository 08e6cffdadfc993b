package org.hamyar.events.agreements;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A commitment of an active agreement passed its due date unachieved. Published once per
 * commitment (again only if an amendment moves its due date and the new one passes too).
 *
 * @param organizationId the committed party
 * @param targetValue    the measurable target, null when the commitment has none
 */
public record CommitmentOverdue(
        UUID agreementId,
        int version,
        UUID commitmentId,
        UUID organizationId,
        LocalDate dueDate,
        Long targetValue,
        long progressTotal,
        LocalDate detectedOn) {
}
