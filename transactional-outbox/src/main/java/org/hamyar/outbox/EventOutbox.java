package org.hamyar.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import org.hamyar.events.EventJson;
import org.hamyar.events.EventType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * Where a service hands over its integration events. The event becomes a row of
 * {@code outbox_event} in the caller's transaction, so the change and its event commit together or
 * not at all; {@link OutboxRelay} sends it to Kafka afterwards. The row keeps the trace the caller
 * works in, which travels with the event ({@code ce_traceparent}).
 *
 * <p>Publish after changing the aggregate: the row lock the change takes orders two transactions
 * on the same aggregate, and with it the sequence numbers of their events, which is the order the
 * relay sends them in.
 *
 * <p>A transaction that wrote events wakes the relay of this replica once it has committed, so that
 * an event leaves within a round's time instead of waiting for the next poll.
 */
@ApplicationScoped
public class EventOutbox {

    private static final String INSERT = """
            insert into outbox_event (id, topic, ce_type, ce_source, aggregate_id, occurred_at, payload,
                                      trace_parent, trace_state)
            values (?, ?, ?, ?, ?, ?, ?::json, ?, ?)""";

    /** Marks, per transaction, that its commit wakes the relay (registered once however many events it writes). */
    private static final Object WAKES_RELAY = new Object();

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    EventOutbox(AgroalDataSource dataSource, OutboxConfig config, TransactionSynchronizationRegistry transactions,
                OutboxRelay relay) {
        this.dataSource = dataSource;
        this.config = config;
        this.transactions = transactions;
        this.relay = relay;
    }

    /**
     * Writes the event to the outbox in the caller's transaction.
     *
     * @param aggregateId the Kafka key and {@code ce_subject}: events with the same id stay in order
     * @return the event id ({@code ce_id})
     */
    @Transactional(TxType.MANDATORY)
    public <T> UUID publish(EventType<T> type, String aggregateId, T data) {
        return publishAll(type, List.of(data), ignored -> aggregateId).getFirst();
    }

    /**
     * Writes many events of one type in one JDBC batch, for imports and bulk changes.
     *
     * @return the event ids, in the order of {@code data}
     */
    @Transactional(TxType.MANDATORY)
    public <T> List<UUID> publishAll(EventType<T> type, Collection<? extends T> data,
                                     Function<? super T, String> aggregateIdOf) {
        Objects.requireNonNull(type, "type");
        var occurredAt = OffsetDateTime.ofInstant(
                Instant.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        // the trace the caller works in (a request, a consumed event): the relay sends the event later,
        // from another thread, and hands this on as ce_traceparent / ce_tracestate
        TraceContext trace = TraceContext.current();
        var ids = new ArrayList<UUID>(data.size());
        // within a JTA transaction Agroal hands out the connection already enlisted in it, the
        // one Hibernate uses, so this insert commits or rolls back with the caller's changes
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (T event : data) {
                Objects.requireNonNull(event, "event data");
                String aggregateId = aggregateIdOf.apply(event);
                if (aggregateId == null || aggregateId.isBlank()) {
                    throw new IllegalArgumentException("An event needs an aggregate id: " + type.type());
                }
                UUID id = UUID.randomUUID();
                insert.setObject(1, id);
                insert.setString(2, type.topic());
                insert.setString(3, type.type());
                insert.setString(4, config.source());
                insert.setString(5, aggregateId);
                insert.setObject(6, occurredAt);
                insert.setString(7, EventJson.write(event));
                insert.setString(8, trace.parent());
                insert.setString(9, trace.state());
                insert.addBatch();
                ids.add(id);
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new OutboxException("Could not write " + type.type() + " to the outbox", e);
        }
        wakeRelayAfterCommit();
        return ids;
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKES_RELAY) != null) {
            return;
        }
        transactions.putResource(WAKES_RELAY, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
