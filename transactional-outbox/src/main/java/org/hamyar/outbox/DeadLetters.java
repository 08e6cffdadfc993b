package org.hamyar.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The service's dead letters ({@code dead_letter}): the records its consumers could not apply,
 * written by {@link ConsumerRetry#consume} in a transaction of their own, listed for admins and
 * replayed through the consumer's own path ({@link EventConsumer#apply}, which asks
 * {@link ProcessedEvents} first), so that replaying an event already applied changes nothing.
 */
@ApplicationScoped
public class DeadLetters {

    /** Metric name: records written to the dead letters, by channel. */
    public static final String DEAD_LETTERED = "hamyar.consumer.dead-lettered";

    /** How {@link ConsumerRetry} hands a failed record over; a no-op in unit tests. */
    @FunctionalInterface
    interface Recorder {
        void record(String channel, ConsumerRecord<String, String> record, Throwable failure);
    }

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TEXT = 4000;

    private static final String COLUMNS = """
            id, channel, topic, kafka_partition, kafka_offset, record_key, event_id, ce_type, ce_source, ce_subject,
            reason, permanent, dead_lettered_at, replays, last_replayed_at, last_replay_failure, resolved_at""";
    private static final String INSERT = """
            insert into dead_letter (id, channel, topic, kafka_partition, kafka_offset, record_key, event_id, ce_type,
                ce_source, ce_subject, headers, payload, reason, permanent, dead_lettered_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, now())
            on conflict (channel, topic, kafka_partition, kafka_offset) do update
            set reason = excluded.reason, permanent = excluded.permanent, dead_lettered_at = excluded.dead_lettered_at,
                resolved_at = null""";

    private final AgroalDataSource dataSource;
    private final Instance<EventConsumer> consumers;
    private final Instance<MeterRegistry> registries;

    DeadLetters(AgroalDataSource dataSource, Instance<EventConsumer> consumers, Instance<MeterRegistry> registries) {
        this.dataSource = dataSource;
        this.consumers = consumers;
        this.registries = registries;
    }

    /**
     * Writes a record that {@code channel}'s consumer could not apply, in a new transaction. Never
     * throws: when the database cannot take it (the outage that made the consumer give up, say), the
     * ERROR log says so and the dead-letter topic still gets the record.
     */
    void record(String channel, ConsumerRecord<String, String> record, Throwable failure) {
        try {
            QuarkusTransaction.requiringNew().run(() -> insert(channel, record, failure));
            Counter.builder(DEAD_LETTERED)
                    .description("Records of other services' events a consumer could not apply, written to the dead letters")
                    .tag("channel", channel)
                    .register(registries.isResolvable() ? registries.get() : Metrics.globalRegistry)
                    .increment();
            LOG.errorf("Dead-lettered %s-%d@%d (%s %s) of channel %s: %s", record.topic(), record.partition(),
                    record.offset(), header(record, CloudEventHeaders.TYPE), header(record, CloudEventHeaders.ID),
                    channel, reason(failure));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not write %s-%d@%d of channel %s to the dead letters; it goes to the dead-letter topic"
                    + " only. Its failure: %s", record.topic(), record.partition(), record.offset(), channel, reason(failure));
        }
    }

    /** The newest first; without headers and payloads. */
    public List<DeadLetter> list(boolean unresolvedOnly, long offset, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from dead_letter"
                         + (unresolvedOnly ? " where resolved_at is null" : "")
                         + " order by dead_lettered_at desc, id limit ? offset ?")) {
                select.setInt(1, limit);
                select.setLong(2, offset);
                try (ResultSet rows = select.executeQuery()) {
                    var page = new ArrayList<DeadLetter>();
                    while (rows.next()) {
                        page.add(read(rows, null, null));
                    }
                    return page;
                }
            }
        });
    }

    public long count(boolean unresolvedOnly) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement count = connection.prepareStatement("select count(*) from dead_letter"
                         + (unresolvedOnly ? " where resolved_at is null" : ""));
                 ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** One dead letter with its headers and payload. */
    public Optional<DeadLetter> find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                return find(connection, id);
            }
        });
    }

    /**
     * Runs the dead letter through its consumer again, once, in a transaction that also marks it
     * resolved: {@link IncomingEvent#from} checks it as on arrival (a forged event stays refused),
     * the consumer skips what is not its business and asks {@link ProcessedEvents} first, so a
     * replay of an event already applied, or a second replay, changes nothing.
     *
     * @return the dead letter after the replay, resolved; empty when there is none with this id
     * @throws ReplayFailedException when the consumer fails again; the failure is kept on the dead letter
     */
    public Optional<DeadLetter> replay(UUID id) {
        Optional<DeadLetter> found = find(id);
        if (found.isEmpty()) {
            return found;
        }
        DeadLetter letter = found.get();
        try {
            EventConsumer consumer = consumerOf(letter.channel());
            QuarkusTransaction.requiringNew().run(() -> {
                IncomingEvent event = IncomingEvent.from(toRecord(letter));
                if (consumer.concerns(event)) {
                    consumer.apply(event);
                }
                update(id, "update dead_letter set replays = replays + 1, last_replayed_at = now(),"
                        + " last_replay_failure = null, resolved_at = coalesce(resolved_at, now()) where id = ?", null);
            });
            LOG.infof("Replayed dead letter %s (%s %s of channel %s)", id, letter.type(), letter.eventId(), letter.channel());
        } catch (RuntimeException failure) {
            String reason = reason(failure);
            QuarkusTransaction.requiringNew().run(() -> update(id, "update dead_letter set replays = replays + 1,"
                    + " last_replayed_at = now(), last_replay_failure = ? where id = ?", reason));
            LOG.warnf(failure, "Replaying dead letter %s (%s %s of channel %s) failed again", id, letter.type(),
                    letter.eventId(), letter.channel());
            throw new ReplayFailedException(find(id).orElse(letter), reason, ConsumerFailures.isPermanent(failure), failure);
        }
        return find(id);
    }

    /** The consumer's failure again, on a replay; the dead letter keeps it as {@code lastReplayFailure}. */
    public static class ReplayFailedException extends RuntimeException {
        private final transient DeadLetter deadLetter;
        private final boolean permanent;

        ReplayFailedException(DeadLetter deadLetter, String reason, boolean permanent, Throwable cause) {
            super(reason, cause);
            this.deadLetter = deadLetter;
            this.permanent = permanent;
        }

        public DeadLetter deadLetter() {
            return deadLetter;
        }

        /** Whether retrying cannot cure it (the event is unusable); false when it may pass (the database away). */
        public boolean permanent() {
            return permanent;
        }
    }

    private EventConsumer consumerOf(String channel) {
        for (EventConsumer consumer : consumers) {
            if (consumer.channel().equals(channel)) {
                return consumer;
            }
        }
        throw new IllegalStateException("No consumer of this service reads channel " + channel);
    }

    private void insert(String channel, ConsumerRecord<String, String> record, Throwable failure) {
        var headers = new ArrayList<DeadLetter.Header>();
        record.headers().forEach(h -> headers.add(new DeadLetter.Header(h.key(),
                h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8))));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, channel);
            insert.setString(3, record.topic());
            insert.setInt(4, record.partition());
            insert.setLong(5, record.offset());
            insert.setString(6, record.key());
            insert.setString(7, header(record, CloudEventHeaders.ID));
            insert.setString(8, header(record, CloudEventHeaders.TYPE));
            insert.setString(9, header(record, CloudEventHeaders.SOURCE));
            insert.setString(10, header(record, CloudEventHeaders.SUBJECT));
            insert.setString(11, JSON.writeValueAsString(headers));
            insert.setString(12, record.value());
            insert.setString(13, reason(failure));
            insert.setBoolean(14, ConsumerFailures.isPermanent(failure));
            insert.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new OutboxException("Could not write the dead letter of " + record.topic() + "-" + record.partition()
                    + "@" + record.offset(), e);
        }
    }

    private void update(UUID id, String sql, String failure) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            int index = 1;
            if (failure != null) {
                update.setString(index++, failure);
            }
            update.setObject(index, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new OutboxException("Could not update dead letter " + id, e);
        }
    }

    private static Optional<DeadLetter> find(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select " + COLUMNS + ", headers::text as headers, payload from dead_letter where id = ?")) {
            select.setObject(1, id);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                List<DeadLetter.Header> headers;
                try {
                    headers = JSON.readValue(rows.getString("headers"), new TypeReference<List<DeadLetter.Header>>() {
                    });
                } catch (JsonProcessingException e) {
                    throw new OutboxException("Dead letter " + id + " has unreadable headers", e);
                }
                return Optional.of(read(rows, headers, rows.getString("payload")));
            }
        }
    }

    private static DeadLetter read(ResultSet rows, List<DeadLetter.Header> headers, String payload) throws SQLException {
        return new DeadLetter(rows.getObject("id", UUID.class), rows.getString("channel"), rows.getString("topic"),
                rows.getInt("kafka_partition"), rows.getLong("kafka_offset"), rows.getString("record_key"),
                rows.getString("event_id"), rows.getString("ce_type"), rows.getString("ce_source"),
                rows.getString("ce_subject"), rows.getString("reason"), rows.getBoolean("permanent"),
                rows.getObject("dead_lettered_at", OffsetDateTime.class), rows.getInt("replays"),
                rows.getObject("last_replayed_at", OffsetDateTime.class), rows.getString("last_replay_failure"),
                rows.getObject("resolved_at", OffsetDateTime.class), headers, payload);
    }

    /** The record as the consumer received it: topic, partition, offset, key, value and headers. */
    static ConsumerRecord<String, String> toRecord(DeadLetter letter) {
        var headers = new RecordHeaders();
        for (DeadLetter.Header header : letter.headers()) {
            headers.add(new RecordHeader(header.name(),
                    header.value() == null ? null : header.value().getBytes(StandardCharsets.UTF_8)));
        }
        return new ConsumerRecord<>(letter.topic(), letter.partition(), letter.offset(),
                ConsumerRecord.NO_TIMESTAMP, TimestampType.NO_TIMESTAMP_TYPE, ConsumerRecord.NULL_SIZE,
                ConsumerRecord.NULL_SIZE, letter.key(), letter.payload(), headers, Optional.empty());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The exception and its causes, bounded: what an admin needs to see why. */
    static String reason(Throwable failure) {
        var text = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause) && seen.size() <= 6; cause = cause.getCause()) {
            if (!text.isEmpty()) {
                text.append(" <- ");
            }
            text.append(cause.getClass().getName());
            if (cause.getMessage() != null) {
                text.append(": ").append(cause.getMessage());
            }
        }
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text.toString();
    }
}
