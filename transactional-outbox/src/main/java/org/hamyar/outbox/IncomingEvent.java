package org.hamyar.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.hamyar.events.EventJson;
import org.hamyar.events.EventType;
import org.hamyar.events.EventTypes;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * A CloudEvent received from Kafka in binary mode: the attributes from the {@code ce_*} headers,
 * the data as the record's value.
 *
 * @param id      {@code ce_id}: what {@link ProcessedEvents} remembers
 * @param type    {@code ce_type}, e.g. {@code hamyar.agreements.agreement-signed.v1}
 * @param source  {@code ce_source}, null when absent
 * @param subject {@code ce_subject} (the aggregate id), null when absent
 * @param time    {@code ce_time}, null when absent
 * @param key     the record key (the aggregate id)
 * @param data    the JSON of the event data; null for an event without data
 * @param trace   {@code ce_traceparent} and {@code ce_tracestate}: the trace the event was published in
 *                ({@link TraceContext#NONE} when the producer did not trace)
 */
public record IncomingEvent(String id, String type, String source, String subject,
                            OffsetDateTime time, String key, String data, TraceContext trace) {

    public IncomingEvent {
        trace = trace == null ? TraceContext.NONE : trace;
    }

    /** An event without a trace. */
    public IncomingEvent(String id, String type, String source, String subject, OffsetDateTime time, String key,
                         String data) {
        this(id, type, source, subject, time, key, data, TraceContext.NONE);
    }

    /**
     * @throws MalformedEventException when {@code ce_id} or {@code ce_type} is missing or a header is unreadable
     * @throws ForgedEventException    when an event of the network arrives on another topic than its own or
     *                                 from another source than its producer
     */
    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        String where = record.topic() + "-" + record.partition() + "@" + record.offset();
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        if (id == null || id.isBlank()) {
            throw new MalformedEventException("Kafka record " + where + " is not a CloudEvent: no ce_id header");
        }
        if (type == null || type.isBlank()) {
            throw new MalformedEventException("Kafka record " + where + " is not a CloudEvent: no ce_type header");
        }
        try {
            UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("Kafka record " + where + " has a ce_id that is not a UUID: " + id, e);
        }
        String source = header(record, CloudEventHeaders.SOURCE);
        EventTypes.byType(type).ifPresent(known -> requireOwner(known, record.topic(), source, where));
        String time = header(record, CloudEventHeaders.TIME);
        return new IncomingEvent(id, type,
                source,
                header(record, CloudEventHeaders.SUBJECT),
                time == null ? null : parseTime(time, where),
                record.key(),
                record.value(),
                new TraceContext(header(record, CloudEventHeaders.TRACE_PARENT), header(record, CloudEventHeaders.TRACE_STATE)));
    }

    /** Whether this is an event of the given type (the same {@code ce_type}, version included). */
    public boolean is(EventType<?> eventType) {
        return eventType.type().equals(type);
    }

    /**
     * The data as the event's record, read with {@link EventJson}, the mapper the outbox wrote it
     * with. Fields the record does not know are ignored: producers may add fields to a version of an
     * event without breaking its consumers.
     *
     * @throws IllegalArgumentException when this event is of another type
     * @throws MalformedEventException  when the data does not parse as the record
     */
    public <T> T dataAs(EventType<T> eventType) {
        if (!is(eventType)) {
            throw new IllegalArgumentException("Event " + id + " is a " + type + ", not a " + eventType.type());
        }
        if (data == null) {
            throw new MalformedEventException("Event " + id + " (" + type + ") carries no data");
        }
        try {
            return EventJson.read(data, eventType.dataClass());
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("Event data is not a valid " + eventType.dataClass().getSimpleName()
                    + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * An event of the network is accepted only on its own topic and from its owning producer: anyone
     * else who can write to a topic (a misconfigured client, an attacker) must not open data sharing
     * with a forged {@code agreement-activated}. The deployment restricts who writes each topic too.
     */
    private static void requireOwner(EventType<?> known, String topic, String source, String where) {
        if (!known.topic().equals(topic)) {
            throw new ForgedEventException("Kafka record " + where + " is a " + known.type() + ", which travels only on "
                    + known.topic());
        }
        if (!known.source().equals(source)) {
            throw new ForgedEventException("Kafka record " + where + " is a " + known.type() + " from " + source
                    + "; only " + known.source() + " publishes it");
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null
                ? null
                : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static OffsetDateTime parseTime(String time, String where) {
        try {
            return OffsetDateTime.parse(time);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("Kafka record " + where + " has a ce_time that is not RFC 3339: " + time, e);
        }
    }
}
