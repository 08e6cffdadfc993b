package org.hamyar.beneficiaries.imports.service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.security.Actor;
import org.hamyar.beneficiaries.imports.ImportJob;
import org.hamyar.beneficiaries.imports.ImportRowResult;
import org.hamyar.beneficiaries.imports.ImportsConfig;
import org.hamyar.beneficiaries.imports.RegistryFile;
import org.hamyar.beneficiaries.imports.RowOutcome;
import org.hamyar.beneficiaries.imports.repository.ImportRepository;
import org.hamyar.beneficiaries.imports.repository.ImportRowRepository;
import org.hamyar.beneficiaries.storage.TimeOrderedIds;
import org.hamyar.beneficiaries.storage.Timestamps;


/**
 * Registry imports (docs/product.md §4 "Imports"): an upload queues a job that a worker of any
 * replica runs ({@link ImportWorker}); the job and its rows are the uploading organisation's and
 * the auditors' to read, and do not exist for anyone else.
 */
@ApplicationScoped
public class ImportService {

    private final ImportRepository jobs;
    private final ImportRowRepository rows;
    private final ImportsConfig config;
    private final Clock clock;
    private final Event<ImportWorker.Queued> queued;

    ImportService(ImportRepository jobs, ImportRowRepository rows, ImportsConfig config, Clock clock,
                  Event<ImportWorker.Queued> queued) {
        this.jobs = jobs;
        this.rows = rows;
        this.config = config;
        this.clock = clock;
        this.queued = queued;
    }

    /** An upload's outcome: the job, and whether this upload queued it (202) or the same file had before (200). */
    public record Upload(ImportJob job, boolean queued) {
    }

    /**
     * Queues the file for import. The same file (same bytes) from the same organisation answers
     * the job it already has, and imports nothing twice. The header and the encoding are checked
     * now, so that a file no row of which could be read is refused at once.
     *
     * @throws org.hamyar.beneficiaries.imports.ImportFileInvalid 400
     * @throws org.hamyar.api.problem.DomainProblem               413 beyond {@code hamyar.imports.max-rows} rows
     */
    @Transactional
    public Upload upload(Actor actor, byte[] file) {
        UUID organization = actor.organization();
        String hash = sha256(file);
        Optional<ImportJob> earlier = jobs.findByContent(organization, hash);
        if (earlier.isPresent()) {
            return new Upload(earlier.get(), false);
        }
        RegistryFile registry = RegistryFile.read(file, config.maxRows());
        UUID id = TimeOrderedIds.next();
        jobs.insertQueued(id, organization, actor.username(), hash, file, config.chunkRows(), registry.rowCount(),
                Timestamps.of(clock));
        ImportJob job = jobs.findByContent(organization, hash).orElseThrow();
        boolean queuedNow = job.id.equals(id);
        if (queuedNow) {
            // the worker starts the job once this transaction commits (before, it could not see it)
            queued.fire(new ImportWorker.Queued(id));
        }
        return new Upload(job, queuedNow);
    }

    /** The job, when the actor uploaded it (its organisation) or audits the network. */
    @Transactional
    public Optional<ImportJob> read(Actor actor, UUID id) {
        if (!actor.auditsNetwork()) {
            // staff without an organisation: 403 no-organization, as everywhere
            actor.organization();
        }
        return jobs.findByIdOptional(id)
                .filter(job -> actor.auditsNetwork() || actor.belongsTo(job.organizationId));
    }

    /** A page of the job's rows in file order, of one outcome or all; empty when the job is not the actor's to see. */
    @Transactional
    public Optional<Page<ImportRowResult>> rows(Actor actor, UUID id, RowOutcome outcome, PageRequest page) {
        return read(actor, id).map(job -> {
            var query = rows.rows(job.id, outcome);
            // a job has at most max-rows rows: a page beyond them is empty (and its offset may not fit an int)
            List<ImportRowResult> items = page.offset() >= job.rowsTotal ? List.of()
                    : query.range((int) page.offset(), (int) page.offset() + page.size() - 1).list();
            return Page.of(items, page, query.count());
        });
    }

    /** Up to {@code limit} rows after {@code afterRow}, for the download; the caller checked the job with {@link #read}. */
    @Transactional
    public List<ImportRowResult> rowsAfter(UUID job, int afterRow, int limit) {
        return rows.rowsAfter(job, afterRow, limit);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
