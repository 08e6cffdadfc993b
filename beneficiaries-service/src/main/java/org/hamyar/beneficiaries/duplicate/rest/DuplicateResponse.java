package org.hamyar.beneficiaries.duplicate.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.beneficiaries.duplicate.DuplicateFlag;
import org.hamyar.beneficiaries.duplicate.DuplicateStatus;

@Schema(name = "Duplicate", description = "A possible duplicate: two persons whose names, father's name, birth date and place "
        + "are close. Shown only to organisations that may see both persons.")
public record DuplicateResponse(
        UUID id,
        @Schema(description = "The person whose registration raised the flag") UUID personId,
        @Schema(description = "The existing person it resembles") UUID candidateId,
        @Schema(description = "0 to 1; flagged from 0.88", examples = "0.947") double score,
        @Schema(description = "The fields that agree: firstName, lastName, fatherName, birthDate, province, county, sex")
        List<String> agreeingFields,
        DuplicateStatus status,
        Instant flaggedAt,
        @Schema(nullable = true) Instant decidedAt,
        @Schema(description = "The organisation of the coordinator who merged or dismissed", nullable = true)
        UUID decidedByOrganizationId,
        @Schema(description = "After a merge: the person that remains; the other id leads to it", nullable = true)
        UUID survivingPersonId) {

    public static DuplicateResponse of(DuplicateFlag f) {
        return new DuplicateResponse(f.id, f.personId, f.candidateId, f.score.doubleValue(), List.copyOf(f.agreeingFields),
                f.status, f.flaggedAt, f.decidedAt, f.decidedByOrganizationId, f.survivingPersonId);
    }
}
