package org.hamyar.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Moves committed events from {@code outbox_event} to Kafka. Every replica of a service runs it;
 * a PostgreSQL advisory lock lets one relay at a time, which keeps each key's events in sequence
 * order. Delivery is at least once: a round marks only what the broker acknowledged, so a failed
 * send, a crash or a broker outage delays events and loses none, and may send some twice.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /**
     * Key of the advisory lock that elects the relaying replica. Advisory locks are per database
     * and each service owns its database, so one constant serves every service.
     */
    static final long RELAY_LOCK = 0x68616d796172_01L; // "hamyar", 1

    private static final String READ_BATCH = """
            select seq, id, topic, ce_type, ce_source, aggregate_id, occurred_at, payload, trace_parent, trace_state
            from outbox_event where published_at is null order by seq limit ?""";
    // by the seqs sent, never by range: a lower seq committed late may sit inside a range unsent
    private static final String MARK_PUBLISHED =
            "update outbox_event set published_at = now() where seq = any(?)";
    private static final String DELETE_PUBLISHED = """
            delete from outbox_event where seq in (
                select seq from outbox_event where published_at < ? limit ?)""";
    private static final int DELETE_BATCH = 10_000;

    private final AgroalDataSource dataSource;
    private final EventSender sender;
    private final OutboxConfig config;
    private final RelayBackoff backoff;

    OutboxRelay(AgroalDataSource dataSource, EventSender sender, OutboxConfig config) {
        this.dataSource = dataSource;
        this.sender = sender;
        this.config = config;
        this.backoff = new RelayBackoff(config.pollInterval(), config.maxBackoff());
    }

    @Scheduled(identity = "hamyar-outbox-relay", every = "${hamyar.outbox.poll-interval:250ms}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void relayOnSchedule() {
        if (!config.enabled() || backoff.shouldWait(Instant.now())) {
            return;
        }
        Round round = relay();
        if (round.failure() != null) {
            backoff.failed(Instant.now());
            return;
        }
        int failedRounds = backoff.succeeded();
        if (failedRounds > 0) {
            LOG.infof("Kafka accepts events again after %d failed relay rounds; relayed %d",
                    failedRounds, round.published());
        }
    }

    /**
     * One relay round: when no other relay holds the lock, sends up to {@code batch-size} of the
     * oldest unpublished events and marks those the broker acknowledged.
     *
     * @return how many events this round published (0 when another relay held the lock)
     */
    public int relayOnce() {
        return relay().published();
    }

    /** Unpublished events: the relay's backlog. */
    public long pendingCount() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement count = connection.prepareStatement(
                         "select count(*) from outbox_event where published_at is null");
                 ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    @Scheduled(identity = "hamyar-outbox-cleanup", every = "${hamyar.outbox.cleanup-interval:1h}",
            delayed = "1m", concurrentExecution = ConcurrentExecution.SKIP)
    void cleanUpOnSchedule() {
        if (config.enabled()) {
            int deleted = deletePublishedBefore(Instant.now().minus(config.retention()));
            if (deleted > 0) {
                LOG.debugf("Deleted %d published outbox events older than %s", deleted, config.retention());
            }
        }
    }

    /**
     * Deletes events published before {@code cutoff}, a bounded batch per transaction so that a
     * long backlog never holds many locks or one long transaction.
     *
     * @return how many rows were deleted
     */
    public int deletePublishedBefore(Instant cutoff) {
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> {
                try (Connection connection = dataSource.getConnection();
                     PreparedStatement delete = connection.prepareStatement(DELETE_PUBLISHED)) {
                    delete.setObject(1, OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
                    delete.setInt(2, DELETE_BATCH);
                    return delete.executeUpdate();
                }
            });
            total += deleted;
        } while (deleted == DELETE_BATCH);
        return total;
    }

    record Round(int published, Throwable failure) {
    }

    private Round relay() {
        // the transaction holds the advisory lock until it ends, and outlives the longest send
        int timeoutSeconds = Math.toIntExact(config.sendTimeout().multipliedBy(3).toSeconds() + 30);
        try {
            return QuarkusTransaction.requiringNew().timeout(timeoutSeconds).call(this::relayLocked);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Outbox relay round failed; the events stay in the outbox for the next round");
            return new Round(0, e);
        }
    }

    private Round relayLocked() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!tryLock(connection)) {
                return new Round(0, null);
            }
            List<PendingEvent> batch = readBatch(connection);
            if (batch.isEmpty()) {
                return new Round(0, null);
            }
            EventSender.Outcome outcome = sender.send(batch);
            markPublished(connection, batch.subList(0, outcome.acknowledged()));
            if (outcome.failed()) {
                PendingEvent stuck = batch.get(outcome.acknowledged());
                LOG.warnf("Kafka did not take outbox event %s (seq %d, %s to %s); published %d of %d,"
                                + " the rest stay in the outbox for the next round. Cause: %s",
                        stuck.id(), stuck.seq(), stuck.type(), stuck.topic(),
                        outcome.acknowledged(), batch.size(), outcome.failure());
            }
            return new Round(outcome.acknowledged(), outcome.failure());
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private List<PendingEvent> readBatch(Connection connection) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(READ_BATCH)) {
            read.setInt(1, config.batchSize());
            try (ResultSet rows = read.executeQuery()) {
                var batch = new ArrayList<PendingEvent>();
                while (rows.next()) {
                    batch.add(new PendingEvent(
                            rows.getLong("seq"),
                            rows.getObject("id", UUID.class),
                            rows.getString("topic"),
                            rows.getString("ce_type"),
                            rows.getString("ce_source"),
                            rows.getString("aggregate_id"),
                            rows.getObject("occurred_at", OffsetDateTime.class),
                            rows.getString("payload"),
                            new TraceContext(rows.getString("trace_parent"), rows.getString("trace_state"))));
                }
                return batch;
            }
        }
    }

    private static void markPublished(Connection connection, List<PendingEvent> sent) throws SQLException {
        if (sent.isEmpty()) {
            return;
        }
        Long[] seqs = sent.stream().map(PendingEvent::seq).toArray(Long[]::new);
        try (PreparedStatement mark = connection.prepareStatement(MARK_PUBLISHED)) {
            mark.setArray(1, connection.createArrayOf("bigint", seqs));
            mark.executeUpdate();
        }
    }
}
