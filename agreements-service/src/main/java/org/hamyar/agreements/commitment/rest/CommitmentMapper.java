package org.hamyar.agreements.commitment.rest;

import java.util.List;

import org.hamyar.agreements.agreement.Terms;
import org.hamyar.agreements.agreement.rest.TermsMapper;
import org.hamyar.agreements.commitment.AgreementProgress;
import org.hamyar.agreements.commitment.CommitmentProgress;
import org.hamyar.agreements.commitment.ProgressReport;
import org.hamyar.agreements.commitment.RecordedProgress;

/** Progress and the agreement's report as the API shows them. */
final class CommitmentMapper {

    private CommitmentMapper() {
    }

    static ProgressView view(RecordedProgress recorded) {
        ProgressReport report = recorded.report();
        CommitmentProgress after = recorded.after();
        return new ProgressView(report.id(), report.commitmentId(), report.value(), report.done(), report.note(),
                report.reportedOn(), report.reportedByOrganizationId(), report.recordedAt(), after.progressTotal(),
                after.percent(), after.achieved());
    }

    static AgreementReport report(AgreementProgress progress) {
        List<AgreementReport.CommitmentLine> lines = progress.commitments().stream().map(CommitmentMapper::line).toList();
        var summary = new AgreementReport.Summary(lines.size(),
                (int) lines.stream().filter(l -> l.target() != null).count(),
                (int) lines.stream().filter(AgreementReport.CommitmentLine::achieved).count(),
                (int) lines.stream().filter(AgreementReport.CommitmentLine::overdue).count());
        return new AgreementReport(progress.agreementId(), progress.version(), progress.status(), progress.asOf(), summary,
                lines);
    }

    private static AgreementReport.CommitmentLine line(AgreementProgress.Line line) {
        Terms.Commitment commitment = line.commitment();
        CommitmentProgress progress = line.progress();
        var basisPoints = progress.percentBasisPoints();
        return new AgreementReport.CommitmentLine(commitment.id(), commitment.organizationId(), commitment.text(),
                commitment.dueDate(), TermsMapper.target(commitment.target()), progress.progressTotal(),
                progress.percent(), basisPoints.isPresent() ? basisPoints.getAsLong() : null, progress.achieved(),
                line.overdue(), line.reports(), line.lastReportedOn());
    }
}
