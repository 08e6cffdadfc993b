package org.hamyar.agreements.commitment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hamyar.agreements.Submission;
import org.hamyar.agreements.agreement.Agreement;
import org.hamyar.agreements.agreement.AgreementAction;
import org.hamyar.agreements.agreement.AgreementStatus;
import org.hamyar.agreements.agreement.Commitment;
import org.hamyar.agreements.agreement.service.AgreementAccess;
import org.hamyar.agreements.commitment.AgreementProgress;
import org.hamyar.agreements.commitment.CommitmentProgress;
import org.hamyar.agreements.commitment.ProgressEntry;
import org.hamyar.agreements.commitment.ProgressReport;
import org.hamyar.agreements.commitment.RecordedProgress;
import org.hamyar.agreements.commitment.event.CommitmentEventData;
import org.hamyar.agreements.commitment.repository.CommitmentRepository;
import org.hamyar.agreements.commitment.repository.ProgressReportRepository;
import org.hamyar.api.problem.DomainProblem;
import org.hamyar.api.security.Actor;
import org.hamyar.api.validation.Violations;
import org.hamyar.events.agreements.AgreementEvents;
import org.hamyar.outbox.EventOutbox;

/** Progress on the parties' commitments, the agreement's report, and the overdue notices. */
@ApplicationScoped
public class CommitmentService {

    private final AgreementAccess access;
    private final CommitmentRepository commitments;
    private final ProgressReportRepository reports;
    private final EventOutbox outbox;
    private final Clock clock;

    CommitmentService(AgreementAccess access, CommitmentRepository commitments, ProgressReportRepository reports,
                      EventOutbox outbox, Clock clock) {
        this.access = access;
        this.commitments = commitments;
        this.reports = reports;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Records progress on a commitment. Only the committed party and the monitoring party report
     * (seed 002: monitoring and evaluation are the Relief Committee's); anyone else gets 403.
     */
    @Transactional
    public RecordedProgress report(UUID agreementId, UUID commitmentId, Submission<ProgressEntry> submission,
                                   Actor actor) {
        UUID organization = actor.organization();
        Agreement agreement = access.locked(agreementId, actor);
        Commitment commitment = agreement.commitment(commitmentId)
                .orElseThrow(() -> notFound(agreementId, commitmentId));
        boolean committed = organization.equals(commitment.organizationId());
        boolean monitoring = organization.equals(agreement.monitoringOrganizationId());
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
        ProgressEntry entry = submission.content();
        submission.require(new Violations()
                .plainText("note", entry.note())
                .when(entry.reportedOn() != null && entry.reportedOn().isAfter(today), "reportedOn", "date.in-future")
                .when(entry.reportedOn() != null && entry.reportedOn().isBefore(agreement.effectiveFrom()),
                        "reportedOn", "progress.before-agreement", agreement.effectiveFrom())
                .when(entry.value() != null && entry.value() > 0 && commitment.targetValue() == null,
                        "value", "progress.value-without-target")
                .when(entry.value() != null && entry.value() > Long.MAX_VALUE - commitment.progressTotal(),
                        "value", "progress.value-overflow")
                .list());

        boolean done = Boolean.TRUE.equals(entry.done());
        CommitmentProgress after = CommitmentProgress.of(commitment).plus(entry.value(), done);
        commitment.recordProgress(after.progressTotal(), after.reportedDone());
        Instant now = clock.instant();
        var report = new ProgressReport(commitmentId, entry.value(), done, entry.note().strip(), entry.reportedOn(),
                organization, actor.username(), now);
        reports.persist(report);
        outbox.publish(AgreementEvents.COMMITMENT_PROGRESS_REPORTED, agreementId.toString(),
                CommitmentEventData.progressReported(agreement, commitment, organization, entry.value(), after,
                        entry.reportedOn(), now));
        return new RecordedProgress(report, after);
    }

    /** The reports on a commitment, oldest first, each with the running total after it. */
    @Transactional
    public List<RecordedProgress> history(UUID agreementId, UUID commitmentId, Actor actor) {
        Agreement agreement = access.readable(agreementId, actor);
        Commitment commitment = agreement.commitment(commitmentId).orElseThrow(() -> notFound(agreementId, commitmentId));
        var running = new CommitmentProgress(commitment.targetValue(), 0, false, commitment.dueDate());
        var history = new ArrayList<RecordedProgress>();
        for (ProgressReport report : reports.history(commitmentId)) {
            running = running.plus(report.value(), report.done());
            history.add(new RecordedProgress(report, running));
        }
        return history;
    }

    /** Each current commitment with its target, progress so far, percentage and overdue flag, as of today. */
    @Transactional
    public AgreementProgress agreementReport(UUID agreementId, Actor actor) {
        Agreement agreement = access.readable(agreementId, actor);
        LocalDate today = LocalDate.now(clock);
        List<Commitment> current = agreement.currentCommitments();
        var activity = reports.activity(current.stream().map(Commitment::id).toList());
        boolean bound = agreement.status() == AgreementStatus.ACTIVE || agreement.status() == AgreementStatus.EXPIRED;
        var lines = current.stream().map(c -> {
            CommitmentProgress progress = CommitmentProgress.of(c);
            var seen = activity.getOrDefault(c.id(), new ProgressReportRepository.Activity(0, null));
            return new AgreementProgress.Line(c.terms(), progress, bound && progress.overdueOn(today), seen.reports(),
                    seen.lastReportedOn());
        }).toList();
        return new AgreementProgress(agreementId, agreement.version(), agreement.status(), today, lines);
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

    private static DomainProblem notFound(UUID agreementId, UUID commitmentId) {
        return new DomainProblem(404, "commitment-not-found", "Commitment not found",
                "Agreement {0} has no commitment {1}", agreementId, commitmentId);
    }
}
