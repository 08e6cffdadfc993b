package org.hamyar.api.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The table {@code idempotency_record} (migration {@code db/conventions}). Every operation runs in a
 * short transaction of its own, apart from the service's: a claim must be visible to a concurrent
 * retry at once, and a stored response must survive whatever the request does afterwards.
 */
@ApplicationScoped
public class IdempotencyStore {

    private static final int ATTEMPTS = 3;
    /** The width of the caller column; the record key hashes the whole name. */
    private static final int MAX_CALLER = 255;
    private static final ObjectMapper HEADERS = new ObjectMapper();
    private static final TypeReference<Map<String, String>> HEADER_MAP = new TypeReference<>() {
    };

    private final InjectableInstance<AgroalDataSource> dataSources;
    private final IdempotencyConfig config;

    @Inject
    public IdempotencyStore(InjectableInstance<AgroalDataSource> dataSources, IdempotencyConfig config) {
        this.dataSources = dataSources;
        this.config = config;
    }

    /** Whether the application has a datasource to keep records in (the gateway has none). */
    public boolean available() {
        return !dataSources.listActive().isEmpty();
    }

    Claim claim(IdempotencyScope scope, byte[] requestHash) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource().getConnection()) {
                for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                    if (insert(connection, scope, requestHash)) {
                        return new Claim.Claimed();
                    }
                    Claim existing = existing(connection, scope, requestHash);
                    if (existing != null) {
                        return existing;
                    }
                    // The record was deleted between the insert and the select (released or expired): try again.
                }
                throw new IllegalStateException("Idempotency key could not be claimed after " + ATTEMPTS + " attempts");
            }
        });
    }

    void complete(IdempotencyScope scope, StoredResponse response) {
        QuarkusTransaction.requiringNew().run(() -> update("""
                UPDATE idempotency_record
                   SET status = ?, response_headers = ?::jsonb, response_body = ?, completed_at = now()
                 WHERE record_key = ? AND status IS NULL""", statement -> {
            statement.setInt(1, response.status());
            statement.setString(2, json(response.headers()));
            statement.setBytes(3, response.body());
            statement.setBytes(4, scope.recordKey());
        }));
    }

    void release(IdempotencyScope scope) {
        QuarkusTransaction.requiringNew().run(() -> update(
                "DELETE FROM idempotency_record WHERE record_key = ? AND status IS NULL",
                statement -> statement.setBytes(1, scope.recordKey())));
    }

    /** Deletes records older than the retention, in batches; returns how many. */
    public long deleteExpired() {
        long deleted = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> update("""
                    DELETE FROM idempotency_record
                     WHERE record_key IN (SELECT record_key FROM idempotency_record
                                           WHERE created_at < now() - ? * interval '1 millisecond'
                                           LIMIT ? FOR UPDATE SKIP LOCKED)""", statement -> {
                statement.setLong(1, config.retention().toMillis());
                statement.setInt(2, config.cleanupBatchSize());
            }));
            deleted += batch;
        } while (batch == config.cleanupBatchSize());
        return deleted;
    }

    private boolean insert(Connection connection, IdempotencyScope scope, byte[] requestHash) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO idempotency_record (record_key, idempotency_key, caller, method, path, request_hash)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (record_key) DO NOTHING""")) {
            insert.setBytes(1, scope.recordKey());
            insert.setString(2, scope.key());
            insert.setString(3, scope.caller().length() > MAX_CALLER ? scope.caller().substring(0, MAX_CALLER) : scope.caller());
            insert.setString(4, scope.method());
            insert.setString(5, scope.path());
            insert.setBytes(6, requestHash);
            return insert.executeUpdate() == 1;
        }
    }

    /** What an existing record means for this request, or null when it vanished meanwhile. */
    private Claim existing(Connection connection, IdempotencyScope scope, byte[] requestHash) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT request_hash, status, response_headers::text, response_body,
                       created_at < now() - ? * interval '1 millisecond' AS expired,
                       status IS NULL AND created_at < now() - ? * interval '1 millisecond' AS abandoned
                  FROM idempotency_record
                 WHERE record_key = ?
                   FOR UPDATE""")) {
            select.setLong(1, config.retention().toMillis());
            select.setLong(2, config.inProgressTimeout().toMillis());
            select.setBytes(3, scope.recordKey());
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                if (row.getBoolean("expired") || row.getBoolean("abandoned")) {
                    takeOver(connection, scope, requestHash);
                    return new Claim.Claimed();
                }
                if (!Arrays.equals(row.getBytes("request_hash"), requestHash)) {
                    return new Claim.Reused();
                }
                int status = row.getInt("status");
                if (row.wasNull()) {
                    return new Claim.InProgress();
                }
                return new Claim.Replay(new StoredResponse(status, headers(row.getString("response_headers")),
                        row.getBytes("response_body")));
            }
        }
    }

    private static void takeOver(Connection connection, IdempotencyScope scope, byte[] requestHash) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE idempotency_record
                   SET request_hash = ?, status = NULL, response_headers = NULL, response_body = NULL,
                       created_at = now(), completed_at = NULL
                 WHERE record_key = ?""")) {
            update.setBytes(1, requestHash);
            update.setBytes(2, scope.recordKey());
            update.executeUpdate();
        }
    }

    private int update(String sql, StatementSetter setter) {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            setter.set(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency_record: " + e.getMessage(), e);
        }
    }

    private AgroalDataSource dataSource() {
        if (!available()) {
            throw new IllegalStateException("@Idempotent endpoints need the default datasource, with the "
                    + "migration classpath:db/conventions applied");
        }
        return dataSources.getActive();
    }

    private static String json(Map<String, String> headers) {
        try {
            return HEADERS.writeValueAsString(headers);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Map<String, String> headers(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return HEADERS.readValue(json, HEADER_MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("idempotency_record.response_headers is not a JSON object", e);
        }
    }

    @FunctionalInterface
    private interface StatementSetter {
        void set(PreparedStatement statement) throws SQLException;
    }
}
