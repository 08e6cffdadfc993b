package org.hamyar.outbox;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** One unpublished row of {@code outbox_event}, as the relay reads it. */
record PendingEvent(long seq, UUID id, String topic, String type, String source,
                    String aggregateId, OffsetDateTime occurredAt, String payload, TraceContext trace) {

    /** An event written outside any trace. */
    PendingEvent(long seq, UUID id, String topic, String type, String source,
                 String aggregateId, OffsetDateTime occurredAt, String payload) {
        this(seq, id, topic, type, source, aggregateId, occurredAt, payload, TraceContext.NONE);
    }

    /** CloudEvents binary mode: the attributes travel as headers, the value is the event data. */
    ProducerRecord<String, String> toRecord() {
        var headers = new RecordHeaders()
                .add(header(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0))
                .add(header(CloudEventHeaders.ID, id.toString()))
                .add(header(CloudEventHeaders.TYPE, type))
                .add(header(CloudEventHeaders.SOURCE, source))
                // ISO_OFFSET_DATE_TIME of a UTC time is RFC 3339: 2026-03-20T08:15:30.123456Z
                .add(header(CloudEventHeaders.TIME, occurredAt.withOffsetSameInstant(ZoneOffset.UTC)
                        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)))
                .add(header(CloudEventHeaders.SUBJECT, aggregateId))
                .add(header(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON));
        // the distributed-tracing extension: the consumer's work joins the trace the event was published in
        if (trace.parent() != null) {
            headers.add(header(CloudEventHeaders.TRACE_PARENT, trace.parent()));
            if (trace.state() != null) {
                headers.add(header(CloudEventHeaders.TRACE_STATE, trace.state()));
            }
        }
        return new ProducerRecord<>(topic, null, aggregateId, payload, headers);
    }

    private static RecordHeader header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
