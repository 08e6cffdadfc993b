package org.hamyar.endtoend;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.GZIPInputStream;

/**
 * An OpenTelemetry collector as small as a test needs: it takes the spans the services export over
 * OTLP/HTTP in protobuf ({@code POST /v1/traces}) on 127.0.0.1 and keeps, for each span, its
 * service, trace, ids and name. The protobuf is read by hand, field numbers from
 * {@code opentelemetry/proto/collector/trace/v1/trace_service.proto} and {@code trace/v1/trace.proto}:
 * a few fields of four messages do not justify the proto classes and their runtime.
 */
final class TraceCollector implements AutoCloseable {

    /** One span as exported: the {@code service.name} of its resource, ids in lowercase hex. */
    record Span(String service, String traceId, String spanId, String parentSpanId, String name) {
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Span> spans = new ConcurrentLinkedQueue<>();

    private TraceCollector(HttpServer server) {
        this.server = server;
    }

    static TraceCollector start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            TraceCollector collector = new TraceCollector(server);
            server.createContext("/v1/traces", collector::export);
            server.start();
            return collector;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The endpoint for {@code OTEL_EXPORTER_OTLP_ENDPOINT}; the exporter appends {@code /v1/traces}. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The services that exported a span of the trace. */
    Set<String> servicesIn(String traceId) {
        Set<String> services = new TreeSet<>();
        spans.stream().filter(span -> span.traceId().equals(traceId)).forEach(span -> services.add(span.service()));
        return services;
    }

    List<Span> spansOf(String traceId) {
        return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void export(HttpExchange exchange) throws IOException {
        try (exchange) {
            InputStream body = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            spans.addAll(exportRequest(body.readAllBytes()));
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            // an empty ExportTraceServiceResponse: everything accepted
            exchange.sendResponseHeaders(200, -1);
        }
    }

    /** ExportTraceServiceRequest: 1 = repeated ResourceSpans. */
    static List<Span> exportRequest(byte[] message) {
        List<Span> found = new ArrayList<>();
        for (Field field : Field.all(message)) {
            if (field.number() == 1) {
                resourceSpans(field.bytes(), found);
            }
        }
        return found;
    }

    /** ResourceSpans: 1 = Resource, 2 = repeated ScopeSpans (their spans: ScopeSpans field 2). */
    private static void resourceSpans(byte[] message, List<Span> found) {
        String service = "";
        List<byte[]> scopes = new ArrayList<>();
        for (Field field : Field.all(message)) {
            if (field.number() == 1) {
                service = serviceName(field.bytes());
            } else if (field.number() == 2) {
                scopes.add(field.bytes());
            }
        }
        for (byte[] scope : scopes) {
            for (Field field : Field.all(scope)) {
                if (field.number() == 2) {
                    found.add(span(service, field.bytes()));
                }
            }
        }
    }

    /** Resource: 1 = repeated KeyValue (1 = key, 2 = AnyValue whose 1 = string_value). */
    private static String serviceName(byte[] resource) {
        for (Field attribute : Field.all(resource)) {
            if (attribute.number() != 1) {
                continue;
            }
            String key = null;
            String value = null;
            for (Field part : Field.all(attribute.bytes())) {
                if (part.number() == 1) {
                    key = part.text();
                } else if (part.number() == 2) {
                    for (Field any : Field.all(part.bytes())) {
                        if (any.number() == 1) {
                            value = any.text();
                        }
                    }
                }
            }
            if ("service.name".equals(key)) {
                return value;
            }
        }
        return "";
    }

    /** Span: 1 = trace_id, 2 = span_id, 4 = parent_span_id, 5 = name. */
    private static Span span(String service, byte[] message) {
        String traceId = "";
        String spanId = "";
        String parent = "";
        String name = "";
        for (Field field : Field.all(message)) {
            switch (field.number()) {
                case 1 -> traceId = HexFormat.of().formatHex(field.bytes());
                case 2 -> spanId = HexFormat.of().formatHex(field.bytes());
                case 4 -> parent = HexFormat.of().formatHex(field.bytes());
                case 5 -> name = field.text();
                default -> {
                }
            }
        }
        return new Span(service, traceId, spanId, parent, name);
    }

    /** One field of a protobuf message in the wire format; only length-delimited ones carry bytes here. */
    private record Field(int number, byte[] bytes) {

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        static List<Field> all(byte[] message) {
            List<Field> fields = new ArrayList<>();
            int[] at = {0};
            while (at[0] < message.length) {
                long key = varint(message, at);
                int number = (int) (key >>> 3);
                switch ((int) (key & 7)) {
                    case 0 -> varint(message, at);
                    case 1 -> at[0] += 8;
                    case 2 -> {
                        int length = (int) varint(message, at);
                        byte[] bytes = java.util.Arrays.copyOfRange(message, at[0], at[0] + length);
                        at[0] += length;
                        fields.add(new Field(number, bytes));
                    }
                    case 5 -> at[0] += 4;
                    default -> throw new IllegalArgumentException("unsupported protobuf wire type in field " + number);
                }
            }
            return fields;
        }

        private static long varint(byte[] message, int[] at) {
            long value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = message[at[0]++];
                value |= (long) (b & 0x7f) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
        }
    }
}
