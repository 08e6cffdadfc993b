package org.hamyar.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Moves committed events from {@code outbox_event} to Kafka. Every replica of a service runs it;
 * a PostgreSQL advisory lock lets one relay at a time, which keeps each key's events in sequence
 * order. Delivery is at least once: a round marks only what the broker acknowledged, so a failed
 * send, a crash or a broker outage delays events and loses none, and may send some twice.
 *
 * <p>Rounds run on one thread of the relay's own: as soon as a transaction that wrote events commits
 * ({@link EventOutbox} wakes it), and every {@code poll-interval} for whatever a wake-up missed (another
 * replica's events, a round that found the lock taken). A woken relay that finds another replica's
 * round under way tries again after {@link #LOCK_RETRY}, since that round may have read its batch
 * before the events that woke it had committed.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /**
     * Key of the advisory lock that elects the relaying replica. Advisory locks are per database
     * and each service owns its database, so one constant serves every service.
     */
    static final long RELAY_LOCK = 0x68616d796172_01L; // "hamyar", 1

    // neither the events set aside nor those behind them on the same key (topic and aggregate id):
    // a key's events reach consumers in order or wait; the anti-join reads the tiny set-aside index
    private static final String READ_BATCH = """
            select seq, id, topic, ce_type, ce_source, aggregate_id, occurred_at, payload, trace_parent, trace_state
            from outbox_event e where published_at is null and failed_at is null
            and not exists (select 1 from outbox_event f
                            where f.failed_at is not null and f.published_at is null
                            and f.topic = e.topic and f.aggregate_id = e.aggregate_id and f.seq < e.seq)
            order by seq limit ?""";
    private static final String SET_ASIDE =
            "update outbox_event set failed_at = now(), failure = ? where seq = ?";
    private static final String LIST_SET_ASIDE = """
            select f.seq, f.id, f.topic, f.ce_type, f.aggregate_id, f.occurred_at, f.failed_at, f.failure, f.retries,
                   (select count(*) from outbox_event h where h.published_at is null and h.topic = f.topic
                    and h.aggregate_id = f.aggregate_id and h.seq > f.seq) as held_back
            from outbox_event f where f.failed_at is not null and f.published_at is null
            order by f.seq limit ? offset ?""";
    private static final String RETRY_SET_ASIDE = """
            update outbox_event set failed_at = null, failure = null, retries = retries + 1
            where id = ? and failed_at is not null and published_at is null""";
    private static final int MAX_FAILURE_TEXT = 4000;

    /** Metric name: events the broker refused for good, set aside by the relay, by topic. */
    public static final String SET_ASIDE_METRIC = "hamyar.outbox.set-aside";
    // by the seqs sent, never by range: a lower seq committed late may sit inside a range unsent
    private static final String MARK_PUBLISHED =
            "update outbox_event set published_at = now() where seq = any(?)";
    private static final String DELETE_PUBLISHED = """
            delete from outbox_event where seq in (
                select seq from outbox_event where published_at < ? limit ?)""";
    private static final int DELETE_BATCH = 10_000;
    /** How soon a woken relay tries again when another replica's round holds the lock. */
    static final Duration LOCK_RETRY = Duration.ofMillis(10);

    private final AgroalDataSource dataSource;
    private final EventSender sender;
    private final OutboxConfig config;
    private final RelayBackoff backoff;
    private final MeterRegistry meters;
    /** Wake-ups not yet served; more than one is as good as one. */
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread rounds;

    OutboxRelay(AgroalDataSource dataSource, EventSender sender, OutboxConfig config, Instance<MeterRegistry> registries) {
        this.dataSource = dataSource;
        this.sender = sender;
        this.config = config;
        this.backoff = new RelayBackoff(config.pollInterval(), config.maxBackoff());
        this.meters = registries.isResolvable() ? registries.get() : Metrics.globalRegistry;
    }

    @Scheduled(identity = "hamyar-outbox-relay", every = "${hamyar.outbox.poll-interval:250ms}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void relayOnSchedule() {
        wake();
    }

    /**
     * Asks the relay's thread for a round now. {@link EventOutbox} calls it after a transaction that
     * wrote events commits; it returns at once.
     */
    void wake() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    void start(@Observes StartupEvent started) {
        running = true;
        rounds = Thread.ofPlatform().name("hamyar-outbox-relay").daemon().start(this::runRounds);
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        if (rounds != null) {
            wakeUps.release();
            try {
                // a round under way ends within its send timeout
                rounds.join(config.sendTimeout().plusSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void runRounds() {
        boolean lockWasTaken = false;
        while (running) {
            try {
                if (lockWasTaken) {
                    wakeUps.tryAcquire(LOCK_RETRY.toMillis(), TimeUnit.MILLISECONDS);
                } else {
                    wakeUps.acquire();
                }
                wakeUps.drainPermits();
                lockWasTaken = false;
                Round round;
                do {
                    if (!running || !config.enabled() || backoff.shouldWait(Instant.now())) {
                        break;
                    }
                    round = relayAndTrack();
                    lockWasTaken = round.lockTaken();
                    // a full batch says more is waiting: the backlog drains without waiting for a wake-up
                } while (round.failure() == null && round.published() == config.batchSize());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.errorf(e, "Outbox relay round broke off; the next wake-up or poll runs another");
            }
        }
    }

    private Round relayAndTrack() {
        Round round = relay();
        if (round.failure() != null) {
            backoff.failed(Instant.now());
            return round;
        }
        int failedRounds = backoff.succeeded();
        if (failedRounds > 0) {
            LOG.infof("Kafka accepts events again after %d failed relay rounds; relayed %d",
                    failedRounds, round.published());
        }
        return round;
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

    /** Unpublished events not set aside: the relay's backlog (the events held behind a set-aside one count). */
    public long pendingCount() {
        return countOf("select count(*) from outbox_event where published_at is null and failed_at is null");
    }

    /** Events the broker refused for good, set aside (see {@link #setAside}). */
    public long setAsideCount() {
        return countOf("select count(*) from outbox_event where published_at is null and failed_at is not null");
    }

    /**
     * The events set aside, oldest first, each with the number of later events of its key held back
     * behind it.
     */
    public List<SetAsideEvent> setAside(long offset, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement select = connection.prepareStatement(LIST_SET_ASIDE)) {
                select.setInt(1, limit);
                select.setLong(2, offset);
                try (ResultSet rows = select.executeQuery()) {
                    var events = new ArrayList<SetAsideEvent>();
                    while (rows.next()) {
                        events.add(new SetAsideEvent(rows.getObject("id", UUID.class), rows.getLong("seq"),
                                rows.getString("topic"), rows.getString("ce_type"), rows.getString("aggregate_id"),
                                rows.getObject("occurred_at", OffsetDateTime.class),
                                rows.getObject("failed_at", OffsetDateTime.class), rows.getString("failure"),
                                rows.getInt("retries"), rows.getLong("held_back")));
                    }
                    return events;
                }
            }
        });
    }

    /**
     * Gives an event set aside back to the relay: the next round sends it, and the events of its key
     * that waited behind it, in order (once the cause is fixed: the topic's limit raised, say).
     *
     * @return false when no event with this id is set aside
     */
    public boolean retrySetAside(UUID eventId) {
        boolean retried = QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement retry = connection.prepareStatement(RETRY_SET_ASIDE)) {
                retry.setObject(1, eventId);
                return retry.executeUpdate() == 1;
            }
        });
        if (retried) {
            LOG.infof("Outbox event %s set aside is given back to the relay", eventId);
        }
        return retried;
    }

    private long countOf(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement count = connection.prepareStatement(sql);
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

    /** {@code lockTaken}: another replica's round held the lock, so this one did nothing. */
    record Round(int published, Throwable failure, boolean lockTaken) {
        Round(int published, Throwable failure) {
            this(published, failure, false);
        }
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
                return new Round(0, null, true);
            }
            List<PendingEvent> batch = readBatch(connection);
            if (batch.isEmpty()) {
                return new Round(0, null);
            }
            List<EventSender.Sent> results = sender.send(batch);
            // up to the first failure that passes: marking a later event while an earlier one is
            // resent would put a key's events out of order
            var published = new ArrayList<PendingEvent>();
            var refusedKeys = new HashSet<String>();
            PendingEvent stuck = null;
            Throwable failure = null;
            for (int i = 0; i < batch.size() && stuck == null; i++) {
                PendingEvent event = batch.get(i);
                EventSender.Sent sent = results.get(i);
                switch (sent.status()) {
                    case ACKNOWLEDGED -> {
                        published.add(event);
                        if (refusedKeys.contains(keyOf(event))) {
                            // the broker refused an earlier event of this key after this one was in flight
                            LOG.warnf("Outbox event %s (seq %d) of key %s reached %s although an earlier event of its"
                                    + " key was refused in the same round", event.id(), event.seq(),
                                    event.aggregateId(), event.topic());
                        }
                    }
                    case REFUSED -> {
                        setAside(connection, event, sent.failure());
                        refusedKeys.add(keyOf(event));
                    }
                    case HELD -> {
                        // stays: it waits behind the event of its key just set aside
                    }
                    case FAILED, UNSENT -> {
                        stuck = event;
                        failure = sent.failure();
                    }
                }
            }
            markPublished(connection, published);
            if (stuck != null) {
                LOG.warnf("Kafka did not take outbox event %s (seq %d, %s to %s); published %d of %d,"
                                + " the rest stay in the outbox for the next round. Cause: %s",
                        stuck.id(), stuck.seq(), stuck.type(), stuck.topic(),
                        published.size(), batch.size(), failure);
                if (failure == null) {
                    failure = new IllegalStateException("Outbox event " + stuck.id() + " was not sent");
                }
            }
            return new Round(published.size(), failure);
        }
    }

    private void setAside(Connection connection, PendingEvent event, Throwable failure) throws SQLException {
        String reason = DeadLetters.reason(failure);
        try (PreparedStatement update = connection.prepareStatement(SET_ASIDE)) {
            update.setString(1, reason.length() > MAX_FAILURE_TEXT ? reason.substring(0, MAX_FAILURE_TEXT) : reason);
            update.setLong(2, event.seq());
            update.executeUpdate();
        }
        Counter.builder(SET_ASIDE_METRIC)
                .description("Outbox events the broker refused for good, set aside by the relay")
                .tag("topic", event.topic())
                .register(meters)
                .increment();
        LOG.errorf("Kafka refuses outbox event %s (seq %d, %s to %s, key %s) for good; it is set aside with the later"
                        + " events of its key, the others go on. An admin lists it (outbox-failures) and retries it"
                        + " once the cause is fixed. Cause: %s",
                event.id(), event.seq(), event.type(), event.topic(), event.aggregateId(), reason);
    }

    private static String keyOf(PendingEvent event) {
        return event.topic() + '\u0000' + event.aggregateId();
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
