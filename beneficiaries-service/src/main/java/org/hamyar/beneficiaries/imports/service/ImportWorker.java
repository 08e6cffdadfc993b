package org.hamyar.beneficiaries.imports.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.hamyar.beneficiaries.imports.ImportPlan;
import org.hamyar.beneficiaries.imports.ImportsConfig;
import org.hamyar.beneficiaries.imports.RegistryFile;
import org.hamyar.beneficiaries.imports.RowOutcome;
import org.hamyar.beneficiaries.imports.repository.ChunkWriter;
import org.hamyar.beneficiaries.imports.repository.ImportRepository;
import org.hamyar.beneficiaries.imports.repository.ImportRepository.Claimed;
import org.hamyar.beneficiaries.storage.Timestamps;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;

/**
 * Runs import jobs, on every replica: claims the oldest queued job (or one whose worker's lease ran
 * out) with {@code FOR UPDATE SKIP LOCKED}, so that two replicas never take the same job, then
 * writes it chunk by chunk, each chunk one transaction that also records the progress and renews
 * the lease. A worker that dies leaves the job RUNNING under an expiring lease; the next claim
 * plans the same file again and continues after the last committed household.
 *
 * <p>An upload wakes the worker of its replica once its transaction has committed ({@link #wake}),
 * so that a job starts at once instead of at the next poll; the poll stays, for jobs queued on
 * another replica and for leases that ran out. One replica runs one job at a time, whoever started it.
 */
@ApplicationScoped
public class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class);
    /** Tries of one chunk before the job is given up: a deadlock with a registration, a database restart. */
    private static final int CHUNK_TRIES = 3;

    private final ImportRepository jobs;
    private final ChunkWriter writer;
    private final ImportsConfig config;
    private final Clock clock;

    ImportWorker(ImportRepository jobs, ChunkWriter writer, ImportsConfig config, Clock clock) {
        this.jobs = jobs;
        this.writer = writer;
        this.config = config;
        this.clock = clock;
    }

    /** Whether this replica's worker is running jobs (on the scheduler's thread or a wake-up's). */
    private final AtomicBoolean working = new AtomicBoolean();
    /** Whether a job may have been queued since the worker last found none. */
    private final AtomicBoolean wanted = new AtomicBoolean();

    @Scheduled(identity = "hamyar-import-worker", every = "${hamyar.imports.poll-interval:1s}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void work() {
        wanted.set(true);
        if (working.compareAndSet(false, true)) {
            runQueued();
        }
    }

    /** An upload queued this job; fired in the upload's transaction. */
    public record Queued(UUID job) {
    }

    /** The upload's transaction committed: the job is there to claim. */
    void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) Queued queued) {
        wake();
    }

    /**
     * Asks this replica's worker to look for a job now, on a thread of its own; returns at once.
     * When the worker is running already, it looks again before it stops.
     */
    public void wake() {
        wanted.set(true);
        if (config.workerEnabled() && working.compareAndSet(false, true)) {
            Thread.ofPlatform().name("hamyar-import-worker").daemon().start(this::runQueued);
        }
    }

    /** Runs queued jobs until none is left and no wake-up came meanwhile; the caller holds {@link #working}. */
    private void runQueued() {
        try {
            do {
                wanted.set(false);
                if (!config.workerEnabled()) {
                    return;
                }
                Optional<Claimed> job;
                while ((job = claimNext()).isPresent()) {
                    run(job.get(), Integer.MAX_VALUE);
                }
            } while (wanted.get());
        } catch (RuntimeException e) {
            LOG.errorf(e, "The import worker broke off; the next poll runs it again");
        } finally {
            working.set(false);
        }
    }

    /** Claims the next job for this worker, under a fresh lease. */
    public Optional<Claimed> claimNext() {
        Instant now = Timestamps.of(clock);
        return QuarkusTransaction.requiringNew().call(
                () -> jobs.claimNext(UUID.randomUUID(), now, now.plus(config.lease())));
    }

    /**
     * Imports the claimed job, at most {@code maxChunks} chunks of it (all of them but in tests of
     * an interruption); finishes it when every household is written.
     */
    public void run(Claimed job, int maxChunks) {
        long started = System.nanoTime() / 1_000_000;
        try {
            if (job.attempts() > config.maxAttempts()) {
                fail(job, "given up after " + config.maxAttempts() + " attempts");
                return;
            }
            byte[] content = QuarkusTransaction.requiringNew().call(() -> jobs.content(job.id()));
            ImportPlan plan = ImportPlan.of(RegistryFile.read(content, Integer.MAX_VALUE).rows(LocalDate.now(clock)));
            List<List<ImportPlan.Group>> chunks = plan.chunks(job.groupsDone(), job.chunkRows());
            int written = 0;
            for (List<ImportPlan.Group> chunk : chunks) {
                if (written++ == maxChunks) {
                    return;
                }
                write(job, chunk);
            }
            Instant now = Timestamps.of(clock);
            QuarkusTransaction.requiringNew().call(() -> jobs.finish(job, true, null, now));
            LOG.infof("Import job %s done: %d chunks in %d ms", job.id(), chunks.size(), System.nanoTime() / 1_000_000 - started);
        } catch (ChunkWriter.ClaimLost e) {
            LOG.infof("Import job %s was taken over by another worker", job.id());
        } catch (ChunkFailed e) {
            LOG.errorf(e.getCause(), "Import job %s failed at its chunk from row %d", job.id(), e.firstRow);
            fail(job, "the chunk from row " + e.firstRow + " could not be written (" + e.getCause().getClass().getSimpleName()
                    + "); rows before it are imported");
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import job %s failed", job.id());
            fail(job, "the import failed unexpectedly (" + e.getClass().getSimpleName() + ")");
        }
    }

    private void write(Claimed job, List<ImportPlan.Group> chunk) {
        for (int attempt = 1; ; attempt++) {
            Instant now = Timestamps.of(clock);
            ChunkWriter.Job writing = new ChunkWriter.Job(job.id(), job.claimToken(), job.organization(), now,
                    now.plus(config.lease()));
            try {
                Map<RowOutcome, Integer> ignored = QuarkusTransaction.requiringNew().timeout(300)
                        .call(() -> writer.write(writing, chunk));
                return;
            } catch (ChunkWriter.ClaimLost e) {
                throw e;
            } catch (RuntimeException e) {
                if (e.getCause() instanceof ChunkWriter.ClaimLost lost) {
                    throw lost;
                }
                if (attempt == CHUNK_TRIES) {
                    throw new ChunkFailed(chunk.getFirst().rows().getFirst().row().line(), e);
                }
                LOG.warnf(e, "Import job %s: a chunk failed (try %d of %d), trying again", job.id(), attempt, CHUNK_TRIES);
            }
        }
    }

    private void fail(Claimed job, String reason) {
        Instant now = Timestamps.of(clock);
        QuarkusTransaction.requiringNew().call(() -> jobs.finish(job, false, reason, now));
    }

    private static final class ChunkFailed extends RuntimeException {
        final int firstRow;

        ChunkFailed(int firstRow, Throwable cause) {
            super(cause);
            this.firstRow = firstRow;
        }
    }
}
