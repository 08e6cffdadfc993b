package org.hamyar.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The W3C Trace Context of an event: the trace it was published in, carried as the CloudEvents
 * distributed-tracing attributes {@code ce_traceparent} and {@code ce_tracestate}. The outbox stores it
 * with the event, because the relay sends the event later, from another thread; the consumer continues
 * the trace from it ({@link ConsumerRetry}).
 *
 * @param parent the {@code traceparent}, e.g. {@code 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01};
 *               null outside a trace (or when tracing is off)
 * @param state  the {@code tracestate}, null when the trace has none
 */
public record TraceContext(String parent, String state) {

    /** No trace. */
    public static final TraceContext NONE = new TraceContext(null, null);

    private static final String TRACEPARENT = "traceparent";
    private static final String TRACESTATE = "tracestate";

    private static final TextMapGetter<TraceContext> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(TraceContext carrier) {
            return List.of(TRACEPARENT, TRACESTATE);
        }

        @Override
        public String get(TraceContext carrier, String key) {
            return carrier == null ? null : switch (key) {
                case TRACEPARENT -> carrier.parent;
                case TRACESTATE -> carrier.state;
                default -> null;
            };
        }
    };

    /** The trace of the current span, or {@link #NONE} when there is no (valid) span. */
    public static TraceContext current() {
        Context context = Context.current();
        if (!Span.fromContext(context).getSpanContext().isValid()) {
            return NONE;
        }
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(context, carrier, Map::put);
        String state = carrier.get(TRACESTATE);
        return new TraceContext(carrier.get(TRACEPARENT), state == null || state.isEmpty() ? null : state);
    }

    /**
     * {@code base} with this trace as its remote parent span; {@code base} itself when there is no trace
     * or the {@code traceparent} is malformed (a header is input like any other: it is never trusted to parse).
     */
    public Context asParentOf(Context base) {
        if (parent == null) {
            return base;
        }
        return W3CTraceContextPropagator.getInstance().extract(base, this, GETTER);
    }
}
