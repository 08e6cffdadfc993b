package org.hamyar.agreements.lifecycle;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

import org.hamyar.agreements.agreement.repository.AgreementRepository;
import org.hamyar.agreements.agreement.service.AgreementService;
import org.hamyar.agreements.commitment.service.CommitmentService;
import org.jboss.logging.Logger;

/**
 * Moves agreements along on their dates: SIGNED → ACTIVE when the effective date comes,
 * termination on the day asked for, ACTIVE → EXPIRED after the last day; then announces commitments
 * that became overdue (an agreement activated in this run counts). Every replica runs it; each
 * batch locks its rows with {@code FOR UPDATE SKIP LOCKED}, so two replicas never take the same
 * agreement and an event is never published twice. It lives beside the agreement and commitment
 * packages, which it drives, so that neither depends on the other's service.
 */
@ApplicationScoped
public class AgreementLifecycleJob {

    private static final Logger LOG = Logger.getLogger(AgreementLifecycleJob.class);
    static final int BATCH = 100;

    /** What one run did. */
    public record Run(int activated, int terminated, int expired, int overdue) {
    }

    private final AgreementRepository agreements;
    private final AgreementService service;
    private final CommitmentService commitments;
    private final Clock clock;

    AgreementLifecycleJob(AgreementRepository agreements, AgreementService service, CommitmentService commitments,
                          Clock clock) {
        this.agreements = agreements;
        this.service = service;
        this.commitments = commitments;
        this.clock = clock;
    }

    /**
     * Every {@code hamyar.agreements.lifecycle.every} (a Quarkus duration, 60s by default, {@code off} in
     * tests, which call {@link #runOnce()} themselves), first {@code hamyar.agreements.lifecycle.delay}
     * (10s) after start.
     */
    @Scheduled(identity = "agreement-lifecycle", every = "${hamyar.agreements.lifecycle.every:60s}",
            delayed = "${hamyar.agreements.lifecycle.delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Run run = runOnce();
        if (run.activated() + run.terminated() + run.expired() + run.overdue() > 0) {
            LOG.infof("Agreement lifecycle: %d activated, %d terminated, %d expired, %d commitments overdue",
                    run.activated(), run.terminated(), run.expired(), run.overdue());
        }
    }

    /** One pass over everything that is due today; tests call it after moving the clock. */
    public Run runOnce() {
        int activated = drain(agreements::lockDueForActivation);
        int terminated = drain(agreements::lockDueForTermination);
        int expired = drain(agreements::lockDueForExpiry);
        int overdue = 0;
        int announced;
        do {
            announced = QuarkusTransaction.requiringNew().call(() -> commitments.announceOverdue(BATCH));
            overdue += announced;
        } while (announced == BATCH);
        return new Run(activated, terminated, expired, overdue);
    }

    /** Settles batches of locked agreements, each batch in its own transaction, until none is left. */
    private int drain(BiFunction<LocalDate, Integer, List<UUID>> lockDue) {
        int total = 0;
        int settled;
        do {
            settled = QuarkusTransaction.requiringNew().call(() -> {
                LocalDate today = LocalDate.now(clock);
                Instant now = clock.instant();
                List<UUID> due = lockDue.apply(today, BATCH);
                agreements.inOrder(due).forEach(agreement -> service.settle(agreement, today, now));
                return due.size();
            });
            total += settled;
        } while (settled == BATCH);
        return total;
    }
}
