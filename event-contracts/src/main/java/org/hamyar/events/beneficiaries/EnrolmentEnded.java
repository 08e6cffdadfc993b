package org.hamyar.events.beneficiaries;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An organisation ended its support of a person or household in a category. Keyed by the subject
 * (the household id, or the person id), like {@link EnrolmentCreated}.
 *
 * @param endDate the last day of support
 */
public record EnrolmentEnded(
        UUID enrolmentId,
        UUID organizationId,
        String category,
        UUID householdId,
        UUID personId,
        String personHash,
        LocalDate startDate,
        LocalDate endDate,
        Instant endedAt) {
}
