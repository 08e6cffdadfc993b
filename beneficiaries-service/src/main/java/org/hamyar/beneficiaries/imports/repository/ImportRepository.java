package org.hamyar.beneficiaries.imports.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import org.hamyar.beneficiaries.imports.ImportJob;

/** Import jobs: the API's reads through Hibernate, the worker's claims and progress in SQL. */
@ApplicationScoped
public class ImportRepository implements PanacheRepositoryBase<ImportJob, UUID> {

    /** A job a worker holds: what it needs to (re)start it. */
    public record Claimed(UUID id, UUID claimToken, UUID organization, int chunkRows, int groupsDone, int attempts) {
    }

    private static final String CLAIM = """
            update import_job set status = 'RUNNING', claim_token = ?, lease_until = ?, attempts = attempts + 1,
                started_at = coalesce(started_at, ?)
            where id = (select id from import_job
                        where status = 'QUEUED' or (status = 'RUNNING' and lease_until < ?)
                        order by uploaded_at limit 1 for update skip locked)
            returning id, organization_id, chunk_rows, groups_done, attempts""";

    private final AgroalDataSource dataSource;

    ImportRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The organisation's job of this file, unless it failed. */
    public Optional<ImportJob> findByContent(UUID organization, String contentHash) {
        return find("organizationId = ?1 and contentHash = ?2 and status <> ImportStatus.FAILED", organization, contentHash)
                .firstResultOptional();
    }

    /**
     * Queues a job; a concurrent upload of the same file by the same organisation makes nothing
     * (the partial unique index), and the caller then finds that one.
     */
    public void insertQueued(UUID id, UUID organization, String uploadedBy, String contentHash, byte[] content,
                             int chunkRows, int rowsTotal, Instant now) {
        getEntityManager().createNativeQuery("""
                        insert into import_job (id, organization_id, uploaded_by, content_hash, content, status, chunk_rows,
                            rows_total, uploaded_at)
                        values (?1, ?2, ?3, ?4, ?5, 'QUEUED', ?6, ?7, ?8)
                        on conflict (organization_id, content_hash) where status <> 'FAILED' do nothing""")
                .setParameter(1, id)
                .setParameter(2, organization)
                .setParameter(3, uploadedBy)
                .setParameter(4, contentHash)
                .setParameter(5, content)
                .setParameter(6, chunkRows)
                .setParameter(7, rowsTotal)
                .setParameter(8, now)
                .executeUpdate();
    }

    /** Claims the oldest queued job, or a running one whose worker's lease ran out, for {@code lease}. */
    public Optional<Claimed> claimNext(UUID token, Instant now, Instant leaseUntil) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setObject(1, token);
            claim.setObject(2, utc(leaseUntil));
            claim.setObject(3, utc(now));
            claim.setObject(4, utc(now));
            try (ResultSet row = claim.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Claimed(row.getObject(1, UUID.class), token, row.getObject(2, UUID.class),
                        row.getInt(3), row.getInt(4), row.getInt(5)));
            }
        }
    }

    /** The uploaded file of a job still to be imported. */
    public byte[] content(UUID job) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement read = connection.prepareStatement("select content from import_job where id = ?")) {
            read.setObject(1, job);
            try (ResultSet row = read.executeQuery()) {
                return row.next() ? row.getBytes(1) : null;
            }
        }
    }

    /**
     * Ends the job DONE or FAILED (with a reason free of personal data) if this worker still holds
     * it, and drops the file: no copy of the registry stays in the job.
     */
    public boolean finish(Claimed job, boolean done, String failure, Instant now) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement finish = connection.prepareStatement("""
                     update import_job set status = ?, failure = ?, finished_at = ?, content = null,
                         claim_token = null, lease_until = null
                     where id = ? and claim_token = ?""")) {
            finish.setString(1, done ? "DONE" : "FAILED");
            finish.setString(2, failure);
            finish.setObject(3, utc(now));
            finish.setObject(4, job.id());
            finish.setObject(5, job.claimToken());
            return finish.executeUpdate() == 1;
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
