package org.hamyar.agreements.agreement.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.agreements.agreement.AmendmentStatus;

/**
 * A proposed amendment: its text, who signed it, who is still to sign, and what became of it.
 * {@code terms} is absent in the list of an agreement's amendments.
 */
@Schema(name = "Amendment")
public record AmendmentView(
        UUID agreementId,
        @Schema(description = "The proposal's number within the agreement", example = "1") int number,
        @Schema(description = "The version of the text it amends; adopted, it becomes baseVersion + 1", example = "1")
        int baseVersion,
        AmendmentStatus status,
        @Schema(example = "تمدید مدت تفاهم‌نامه تا پایان سال ۱۴۰۶") String reason,
        UUID proposedByOrganizationId,
        Instant proposedAt,
        List<SignatureView> signatures,
        @Schema(description = "The parties still to sign; empty once it is closed") List<UUID> awaitingOrganizationIds,
        @Schema(description = "Who adopted (the last signature), withdrew or declined it") UUID closedByOrganizationId,
        Instant closedAt,
        @Schema(description = "The version it became, once ADOPTED", example = "2") Integer adoptedVersion,
        TermsBody terms) {

    /** One party's signature of the amendment. */
    @Schema(name = "AmendmentSignature")
    public record SignatureView(UUID organizationId, String signatoryName, String signatoryTitle, LocalDate signedOn,
                                Instant signedAt) {
    }
}
