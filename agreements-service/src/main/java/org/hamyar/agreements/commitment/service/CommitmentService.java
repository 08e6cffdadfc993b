package org.hamyar.agreements.commitment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hamyar.agreements.access.Actor;
import org.hamyar.agreements.agreement.Agreement;
import org.hamyar.agreements.agreement.AgreementAction;
import org.hamyar.agreements.agreement.AgreementStatus;
import org.hamyar.agreements.agreement.service.AgreementAccess;
import org.hamyar.agreements.commitment.Commitment;
import org.hamyar.agreements.commitment.CommitmentProgress;
import org.hamyar.agreements.commitment.ProgressReport;
import org.hamyar.agreements.commitment.event.CommitmentEventData;
import org.hamyar.agreements.commitment.repository.CommitmentRepository;
import org.hamyar.agreements.commitment.repository.ProgressReportRepository;
import org.hamyar.agreements.commitment.rest.AgreementReport;
import org.hamyar.agreements.commitment.rest.ProgressRequest;
import org.hamyar.agreements.commitment.rest.ProgressView;
import org.hamyar.api.validation.RequestValidation;
import org.hamyar.api.validation.Violations;
import org.hamyar.api.problem.DomainProblem;
import org.hamyar.events.agreements.AgreementEvents;
import org.hamyar.outbox.EventOutbox;

/** Progress on the parties' commitments, the agreement's report, and the overdue notices. */
@ApplicationScoped
public class CommitmentService {

    private final AgreementAccess access;
    private final CommitmentRepository commitments;
    private final ProgressReportRepository reports;
    private final RequestValidation validation;
    private final EventOutbox outbox;
    private final Clock clock;

    CommitmentService(AgreementAccess access, CommitmentRepository commitments, ProgressReportRepository reports,
                      RequestValidation validation, EventOutbox outbox, Clock clock) {
        this.access = access;
        this.commitments = commitments;
        this.reports = reports;
        this.validation = validation;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Records progress on a commitment. Only the committed party and the monitoring party report
     * (seed 002: monitoring and evaluation are the Relief Committee's); anyone else gets 403.
     */
    @Transactional
    public ProgressView report(UUID agreementId, UUID commitmentId, ProgressRequest request, Actor actor) {
        Agreement agreement = access.locked(agreementId, actor);
        Commitment commitment = agreement.commitment(commitmentId)
                .orElseThrow(() -> notFound(agreementId, commitmentId));
        boolean committed = actor.belongsTo(commitment.organizationId());
        boolean monitoring = agreement.monitoringOrganizationId() != null
                && actor.belongsTo(agreement.monitoringOrganizationId());
        if (!committed && !monitoring) {
            throw new DomainProblem(403, "not-reporting-party", "Not the committed or monitoring party",
                    "Only the committed party or the monitoring party reports progress on commitment {0}", commitmentId);
        }
        AgreementAccess.requireAllowed(agreement, AgreementAction.REPORT_PROGRESS);
        if (!commitment.isCurrent()) {
            throw new DomainProblem(409, "commitment-withdrawn", "Commitment withdrawn",
                    "Commitment {0} was withdrawn by the amendment to version {1}", commitmentId,
                    commitment.withdrawnInVersion());
        }
        LocalDate today = LocalDate.now(clock);
        var shape = validation.shape(request);
        validation.require(shape, new Violations()
                .plainText("note", request.note())
                .when(request.reportedOn() != null && request.reportedOn().isAfter(today), "reportedOn", "date.in-future")
                .when(request.reportedOn() != null && request.reportedOn().isBefore(agreement.effectiveFrom()),
                        "reportedOn", "progress.before-agreement", agreement.effectiveFrom())
                .when(request.value() != null && request.value() > 0 && commitment.targetValue() == null,
                        "value", "progress.value-without-target")
                .when(request.value() != null && request.value() > Long.MAX_VALUE - commitment.progressTotal(),
                        "value", "progress.value-overflow")
                .list());

        boolean done = Boolean.TRUE.equals(request.done());
        CommitmentProgress after = commitment.record(request.value(), done);
        Instant now = clock.instant();
        var report = new ProgressReport(commitmentId, request.value(), done, request.note().strip(), request.reportedOn(),
                actor.organizationId(), actor.username(), now);
        reports.persist(report);
        outbox.publish(AgreementEvents.COMMITMENT_PROGRESS_REPORTED, agreementId.toString(),
                CommitmentEventData.progressReported(agreement, commitment, actor.organizationId(), request.value(), after,
                        request.reportedOn(), now));
        return view(report, after);
    }

    @Transactional
    public List<ProgressView> history(UUID agreementId, UUID commitmentId, Actor actor) {
        Agreement agreement = access.readable(agreementId, actor);
        Commitment commitment = agreement.commitment(commitmentId).orElseThrow(() -> notFound(agreementId, commitmentId));
        var running = new CommitmentProgress(commitment.targetValue(), 0, false, commitment.dueDate());
        var views = new ArrayList<ProgressView>();
        for (ProgressReport report : reports.history(commitmentId)) {
            running = running.plus(report.value(), report.done());
            views.add(view(report, running));
        }
        return views;
    }

    /** Each current commitment with its target, progress so far, percentage and overdue flag, as of today. */
    @Transactional
    public AgreementReport agreementReport(UUID agreementId, Actor actor) {
        Agreement agreement = access.readable(agreementId, actor);
        LocalDate today = LocalDate.now(clock);
        List<Commitment> current = agreement.currentCommitments();
        var activity = reports.activity(current.stream().map(Commitment::id).toList());
        boolean bound = agreement.status() == AgreementStatus.ACTIVE || agreement.status() == AgreementStatus.EXPIRED;
        var lines = current.stream().map(c -> {
            CommitmentProgress progress = c.progress();
            var seen = activity.getOrDefault(c.id(), new ProgressReportRepository.Activity(0, null));
            Long basisPoints = progress.percentBasisPoints().isPresent() ? progress.percentBasisPoints().getAsLong() : null;
            return new AgreementReport.CommitmentLine(c.id(), c.organizationId(), c.text(), c.dueDate(), c.terms().target(),
                    progress.progressTotal(), progress.percent(), basisPoints, progress.achieved(),
                    bound && progress.overdueOn(today), seen.reports(), seen.lastReportedOn());
        }).toList();
        var summary = new AgreementReport.Summary(lines.size(),
                (int) lines.stream().filter(l -> l.target() != null).count(),
                (int) lines.stream().filter(AgreementReport.CommitmentLine::achieved).count(),
                (int) lines.stream().filter(AgreementReport.CommitmentLine::overdue).count());
        return new AgreementReport(agreementId, agreement.version(), agreement.status(), today, summary, lines);
    }

    /**
     * Announces commitments that became overdue, once each: a batch in one transaction, the rows
     * locked so that another replica running the same job skips them. The caller loops while a
     * batch comes back full.
     *
     * @return how many were announced
     */
    @Transactional
    public int announceOverdue(int batchSize) {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        List<UUID> due = commitments.lockNewlyOverdue(today, batchSize);
        for (Commitment commitment : commitments.list("id in ?1", due)) {
            outbox.publish(AgreementEvents.COMMITMENT_OVERDUE, commitment.agreement().id().toString(),
                    CommitmentEventData.overdue(commitment, today));
            commitment.markOverduePublished(now);
        }
        return due.size();
    }

    private static ProgressView view(ProgressReport report, CommitmentProgress after) {
        return new ProgressView(report.id(), report.commitmentId(), report.value(), report.done(), report.note(),
                report.reportedOn(), report.reportedByOrganizationId(), report.recordedAt(), after.progressTotal(),
                after.percent(), after.achieved());
    }

    private static DomainProblem notFound(UUID agreementId, UUID commitmentId) {
        return new DomainProblem(404, "commitment-not-found", "Commitment not found",
                "Agreement {0} has no commitment {1}", agreementId, commitmentId);
    }
}
