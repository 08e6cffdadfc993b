package org.hamyar.events.beneficiaries;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An organisation took a person or a household under its support in a category. Keyed by the
 * subject (the household id, or the person id). Ids, category and dates only: the person is named
 * by the network's keyed hash.
 *
 * @param householdId the household enrolled, null when a person is
 * @param personId    the person enrolled, null when a household is
 * @param personHash  the network's keyed hash of the enrolled person's national code, null when a household is
 * @param endDate     the last day of support when known at enrolment, else null
 */
public record EnrolmentCreated(
        UUID enrolmentId,
        UUID organizationId,
        String category,
        UUID householdId,
        UUID personId,
        String personHash,
        LocalDate startDate,
        LocalDate endDate,
        Instant createdAt) {
}
