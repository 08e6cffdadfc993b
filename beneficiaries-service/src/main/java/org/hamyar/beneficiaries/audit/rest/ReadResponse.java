package org.hamyar.beneficiaries.audit.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.beneficiaries.audit.repository.ReadLogRepository;

@Schema(name = "RecordRead", description = "One read of a person's or household's record by an organisation that did not register it.")
public record ReadResponse(
        long id,
        @Schema(description = "The person whose record was shown; null when only the household was (its aid, say)")
        UUID personId,
        @Schema(description = "The household read, or the household through which the person was shown; else null")
        UUID householdId,
        @Schema(description = "The reading organisation; null for an auditor whose token names none")
        UUID readerOrganizationId,
        String readerUsername,
        Instant readAt) {

    public static ReadResponse of(ReadLogRepository.Entry e) {
        return new ReadResponse(e.id(), e.personId(), e.householdId(), e.readerOrganizationId(), e.readerUsername(),
                e.readAt());
    }
}
