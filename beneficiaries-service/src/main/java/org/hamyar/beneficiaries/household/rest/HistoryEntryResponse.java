package org.hamyar.beneficiaries.household.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.beneficiaries.household.Membership;
import org.hamyar.beneficiaries.household.Relation;

@Schema(name = "HouseholdHistoryEntry", description = "One stretch of one person in the household with one relation. "
        + "Where the person came from or went is never shown (another household); an end recorded by an agency the "
        + "caller may not see is not shown either.")
public record HistoryEntryResponse(
        UUID personId,
        boolean head,
        @Schema(description = "The relation to the head; null for the head") Relation relation,
        Instant validFrom,
        @Schema(description = "null: a member now, as far as the caller may know") Instant validTo,
        @Schema(description = "MOVED (joined another household), LEFT, DIED, CHANGED (another relation here)")
        Membership.End endReason,
        @Schema(description = "The organisation that recorded the stretch") UUID startedByOrganizationId,
        @Schema(description = "The organisation that recorded its end") UUID endedByOrganizationId) {
}
