package org.hamyar.agreements.agreement.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.agreements.agreement.AgreementStatus;

/** An agreement as the API shows it: its current text, signatures and lifecycle. */
@Schema(name = "Agreement")
public record AgreementView(
        UUID id,
        AgreementStatus status,
        @Schema(description = "Version of the text: 1, then one more per amendment") int version,
        String title,
        List<PartyView> parties,
        TermsBody.Scope scope,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        List<String> objectives,
        List<TermsBody.Commitment> commitments,
        TermsBody.Committee committee,
        UUID monitoringOrganizationId,
        TermsBody.Coordination coordination,
        List<TermsBody.CalendarEntry> calendar,
        UUID createdByOrganizationId,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "The day the last party signed") LocalDate signedOn,
        Instant signedAt,
        Instant activatedAt,
        Termination termination,
        LocalDate expiredOn,
        @Schema(description = "Changes with every change of the agreement; sent as the ETag") long revision) {

    @Schema(name = "AgreementPartyView")
    public record PartyView(UUID organizationId, String role, boolean assessesNgos, boolean signed, String signatoryName,
                            String signatoryTitle, LocalDate signedOn, Instant signedAt) {
    }

    @Schema(name = "Termination", description = "Asked for by a party; effective on effectiveOn")
    public record Termination(String reason, LocalDate effectiveOn, Instant terminatedAt) {
    }
}
