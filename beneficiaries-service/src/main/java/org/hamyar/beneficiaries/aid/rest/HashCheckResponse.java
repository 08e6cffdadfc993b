package org.hamyar.beneficiaries.aid.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.beneficiaries.aid.AidCategory;
import org.hamyar.beneficiaries.aid.AidStatus;

@Schema(name = "HashCheckAnswer", description = "Yes or no across the network; the periods only of the caller's own aid and "
        + "its data-sharing partners' aid to households it may see. A hash the network does not know answers exactly as "
        + "a person who received nothing.")
public record HashCheckResponse(
        @Schema(description = "Some agency of the network gave the person (or the household they belong to, for household "
                + "aid) unrevoked aid of the category in the period") boolean received,
        @Schema(description = "Of that aid, what the caller may see: its own and its data-sharing partners'. Empty while "
                + "received is true: another agency in the network gave it")
        List<Record> records) {

    @Schema(name = "HashCheckRecord")
    public record Record(UUID aidId, UUID providerOrganizationId,
                         @Schema(description = "The caller's own organisation gave it") boolean own,
                         AidCategory category, LocalDate periodStart, @Schema(nullable = true) LocalDate periodEnd,
                         AidStatus status) {
    }
}
