package org.hamyar.beneficiaries.imports.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.beneficiaries.imports.ImportJob;
import org.hamyar.beneficiaries.imports.ImportStatus;

@Schema(name = "Import", description = "An import job: its status, progress while it runs, and rows per outcome.")
public record ImportResponse(
        UUID id,
        @Schema(description = "QUEUED, RUNNING, DONE or FAILED") ImportStatus status,
        UUID organizationId,
        String uploadedBy,
        @Schema(description = "SHA-256 of the uploaded bytes: the same file from the same organisation is one job")
        String contentSha256,
        @Schema(description = "Rows of the file, header and blank lines not counted") int rowsTotal,
        @Schema(description = "Rows written so far (whole households, chunk by chunk)") int rowsDone,
        Outcomes outcomes,
        @Schema(description = "Why the job failed (FAILED only); rows before the failing chunk are imported")
        String failure,
        Instant uploadedAt,
        Instant startedAt,
        Instant finishedAt) {

    @Schema(name = "ImportOutcomes", description = "Rows written so far per outcome")
    public record Outcomes(int created, int matchedExisting, int possibleDuplicate, int rejected) {
    }

    public static ImportResponse of(ImportJob job) {
        return new ImportResponse(job.id, job.status, job.organizationId, job.uploadedBy, job.contentHash, job.rowsTotal,
                job.rowsDone, new Outcomes(job.createdCount, job.matchedCount, job.duplicateCount, job.rejectedCount),
                job.failure, job.uploadedAt, job.startedAt, job.finishedAt);
    }
}
