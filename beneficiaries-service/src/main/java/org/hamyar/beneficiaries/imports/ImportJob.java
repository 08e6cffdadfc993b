package org.hamyar.beneficiaries.imports;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An import job as the API shows it. Written by the upload and the worker in SQL (the file's bytes
 * and the lease are not mapped: no read needs them).
 */
@Entity
@Table(name = "import_job")
public class ImportJob {

    @Id
    public UUID id;

    @Column(name = "organization_id", nullable = false, updatable = false)
    public UUID organizationId;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    public String uploadedBy;

    @Column(name = "content_hash", nullable = false, updatable = false)
    public String contentHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ImportStatus status;

    @Column(name = "rows_total", nullable = false)
    public int rowsTotal;

    @Column(name = "rows_done", nullable = false)
    public int rowsDone;

    @Column(name = "created_count", nullable = false)
    public int createdCount;

    @Column(name = "matched_count", nullable = false)
    public int matchedCount;

    @Column(name = "duplicate_count", nullable = false)
    public int duplicateCount;

    @Column(name = "rejected_count", nullable = false)
    public int rejectedCount;

    public String failure;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    public Instant uploadedAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
