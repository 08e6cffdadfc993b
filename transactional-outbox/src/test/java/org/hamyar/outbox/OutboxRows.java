package org.hamyar.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads outbox_event and processed_event directly, as an operator would. */
@ApplicationScoped
class OutboxRows {

    private final AgroalDataSource dataSource;

    OutboxRows(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The row of one event as column name to value, or empty when there is none. */
    Optional<Map<String, Object>> event(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (var connection = dataSource.getConnection();
                 var select = connection.prepareStatement("select * from outbox_event where id = ?")) {
                select.setObject(1, id);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    var columns = new HashMap<String, Object>();
                    for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                        columns.put(row.getMetaData().getColumnName(i), row.getObject(i));
                    }
                    return Optional.of(columns);
                }
            }
        });
    }

    boolean published(UUID id) {
        return event(id).map(row -> row.get("published_at") != null).orElse(false);
    }

    long eventsOf(String aggregateId) {
        return count("select count(*) from outbox_event where aggregate_id = ?", aggregateId);
    }

    /** Deletes one event; in the caller's transaction. */
    void delete(UUID id) {
        try (var connection = dataSource.getConnection();
             var delete = connection.prepareStatement("delete from outbox_event where id = ?")) {
            delete.setObject(1, id);
            delete.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long deadLetters(String eventId) {
        return count("select count(*) from dead_letter where event_id = ?", eventId);
    }

    long processedCount(String consumer, UUID eventId) {
        return count("select count(*) from processed_event where consumer = ? and event_id = ?", consumer, eventId);
    }

    boolean processed(String consumer, UUID eventId) {
        return count("select count(*) from processed_event where consumer = ? and event_id = ?", consumer, eventId) == 1;
    }

    private long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (var connection = dataSource.getConnection(); var select = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    select.setObject(i + 1, parameters[i]);
                }
                try (ResultSet result = select.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            }
        });
    }
}
