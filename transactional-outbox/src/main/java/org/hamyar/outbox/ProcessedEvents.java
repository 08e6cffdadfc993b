package org.hamyar.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The consumer's log of applied events. Kafka delivers at least once; a consumer that asks this log
 * first, in the transaction of its change, applies each event exactly once.
 */
@ApplicationScoped
public class ProcessedEvents {

    private static final String RECORD = """
            insert into processed_event (consumer, event_id, processed_at) values (?, ?, now())
            on conflict do nothing""";

    private final AgroalDataSource dataSource;

    ProcessedEvents(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Records that {@code consumer} handles the event, in the current transaction: a change that
     * rolls back forgets the event with it, and its redelivery is applied then.
     *
     * @param consumer names one projection or reaction, e.g. {@code beneficiaries-agreements-projection};
     *                 two consumers of the same event keep separate records
     * @param eventId  the {@code ce_id}
     * @return true the first time; false when this consumer has already handled the event
     */
    @Transactional(TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        UUID id;
        try {
            id = UUID.fromString(eventId);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("ce_id is not a UUID: " + eventId, e);
        }
        // a concurrent first delivery of the same event (a rebalance) waits here on the key until
        // the other transaction ends, then finds the row: one of them applies the event
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(RECORD)) {
            insert.setString(1, consumer);
            insert.setObject(2, id);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new OutboxException("Could not record event " + eventId + " for " + consumer, e);
        }
    }
}
