package org.hamyar.beneficiaries.enrolment.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.beneficiaries.enrolment.Enrolment;
import org.hamyar.beneficiaries.household.EnrolmentCategory;

@Schema(name = "Enrolment", description = "An organisation's support of a person or household in a category.")
public record EnrolmentResponse(
        UUID id,
        UUID personId,
        UUID householdId,
        UUID organizationId,
        EnrolmentCategory category,
        LocalDate startDate,
        @Schema(description = "The last day of support; null: open-ended") LocalDate endDate,
        Instant createdAt,
        @Schema(description = "When the organisation ended it (POST …/end), else null") Instant endedAt,
        @Schema(description = "The version to send in If-Match (also the ETag header of a single enrolment)") long version) {

    public static EnrolmentResponse of(Enrolment e) {
        return new EnrolmentResponse(e.id, e.personId, e.householdId, e.organizationId, e.category, e.startDate, e.endDate,
                e.createdAt, e.endedAt, e.version);
    }
}
