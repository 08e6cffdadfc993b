package org.hamyar.outbox;

/** Kafka header names of CloudEvents 1.0 in binary content mode (Kafka protocol binding). */
public final class CloudEventHeaders {
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";
    /**
     * CloudEvents distributed-tracing extension: the W3C {@code traceparent} of the trace the event was
     * published in. Absent when the producer does not trace.
     */
    public static final String TRACE_PARENT = "ce_traceparent";
    /** CloudEvents distributed-tracing extension: the W3C {@code tracestate}, when the trace has one. */
    public static final String TRACE_STATE = "ce_tracestate";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
