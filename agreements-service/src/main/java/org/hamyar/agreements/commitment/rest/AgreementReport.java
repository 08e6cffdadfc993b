package org.hamyar.agreements.commitment.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.agreements.agreement.AgreementStatus;
import org.hamyar.agreements.agreement.rest.TermsBody;

/** The agreement's report: every commitment with its target, progress, percentage and whether it is overdue. */
@Schema(name = "AgreementReport")
public record AgreementReport(
        UUID agreementId,
        int version,
        AgreementStatus status,
        @Schema(description = "The day the report is computed for") LocalDate asOf,
        Summary summary,
        List<CommitmentLine> commitments) {

    @Schema(name = "AgreementReportSummary")
    public record Summary(int commitments, int withTarget, int achieved, int overdue) {
    }

    @Schema(name = "CommitmentReportLine")
    public record CommitmentLine(
            UUID id,
            @Schema(description = "The committed party") UUID organizationId,
            String text,
            LocalDate dueDate,
            TermsBody.Target target,
            @Schema(description = "Sum of the reported values") long progressTotal,
            @Schema(description = "Progress over target as a decimal string with two places, rounded down; absent without target",
                    example = "31.70") String percent,
            @Schema(description = "The same in basis points (1/100 of a percent)", example = "3170") Long percentBasisPoints,
            boolean achieved,
            boolean overdue,
            long reports,
            LocalDate lastReportedOn) {
    }
}
