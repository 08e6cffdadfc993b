-- transactional-outbox: the trace an event was published in (W3C Trace Context), so that the relay,
-- which sends it later from another thread, can hand it on as the CloudEvents distributed-tracing
-- attributes (ce_traceparent, ce_tracestate) and the consumer's work joins the same trace.
-- Null when tracing is off or the event was written outside a trace.
-- Version 0.1.1 sits below the services' own migrations: a database that already has them applies it
-- out of order (quarkus.flyway.out-of-order=true in every service).

alter table outbox_event
    add column trace_parent text,
    add column trace_state  text;
