package org.hamyar.gateway.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.hamyar.gateway.routing.DownstreamService;
import org.hamyar.gateway.routing.RouteTable;
import org.hamyar.infrastructure.testing.DemoUsers;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * A stand-in for one service: a plain Vert.x HTTP server that records what reached it and echoes
 * it back as JSON, so a test can see exactly what the gateway forwarded.
 *
 * <p>A request steers the stub with headers the gateway passes on like any other:
 * {@code X-Stub-Status} answers with that status (and a problem+json body for 4xx/5xx),
 * {@code X-Stub-Delay-Ms} answers late, {@code X-Stub-Close-First: <key>} closes the connection
 * without an answer the first time it sees that key, {@code X-Stub-Body-Bytes} answers with that many bytes
 * (streamed as fast as the gateway takes them), {@code X-Stub-Answer-First: <status>} answers with that
 * status on the head alone, before the body has arrived (as a service refuses a token), and remembers
 * the connection it came on ({@link #answeredFirstOn()}, {@link #isOpen(int)}). It also serves {@code /q/openapi} (a valid
 * document: paths for its prefixes, the first with the operation id {@code list} like every other
 * stub's, and a {@code Problem} schema that differs per service), {@code /q/health/ready}, and on
 * agreements {@code GET /api/organizations/{id}} for the demo organisations: 05 answers, 06 is
 * slow, others are 404; and the reads of the mobile views ({@link MobileFixtures}): on beneficiaries
 * {@code GET /api/households/{uuid}} and {@code .../aid}, on donors {@code GET /api/allocations/funding}
 * and {@code GET /api/donors/me/statement}.
 */
public final class StubService {

    /** What reached the stub. */
    public record Received(String method, String uri, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                if (header.getKey().equalsIgnoreCase(name)) {
                    return header.getValue().get(0);
                }
            }
            return null;
        }
    }

    static final Duration SLOW = Duration.ofSeconds(5);

    private final Vertx vertx;
    private final DownstreamService service;
    private final ConcurrentLinkedDeque<Received> received = new ConcurrentLinkedDeque<>();
    private final AtomicInteger arrived = new AtomicInteger();
    /** The {@code X-Stub-Close-First} values already seen: the first request of each had its connection closed. */
    private final Set<String> closedOnce = ConcurrentHashMap.newKeySet();
    /** The gateway's ports of the connections open to the stub now. */
    private final Set<Integer> openConnections = ConcurrentHashMap.newKeySet();
    private volatile int answeredFirstOn = -1;
    private int port;
    private HttpServer server;

    StubService(Vertx vertx, DownstreamService service) {
        this.vertx = vertx;
        this.service = service;
    }

    public DownstreamService service() {
        return service;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    /** Listens (again) on its port; the first start takes a free one. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        HttpServer listening = vertx.createHttpServer().requestHandler(this::handle).connectionHandler(connection -> {
            int remotePort = connection.remoteAddress().port();
            openConnections.add(remotePort);
            connection.closeHandler(ignored -> openConnections.remove(remotePort));
        });
        server = await(listening.listen(port, "localhost"));
        port = server.actualPort();
    }

    /** Stops listening: the gateway's connections are refused until {@link #start()}. */
    public synchronized void stop() {
        if (server != null) {
            await(server.close());
            server = null;
        }
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public Received last() {
        return received.peekLast();
    }

    public int count() {
        return received.size();
    }

    /** Requests whose head has arrived, complete or not: one cut off mid-body is not {@link #received()}. */
    public int arrived() {
        return arrived.get();
    }

    /** The gateway's port of the connection the last {@code X-Stub-Answer-First} request came on, -1 before one. */
    public int answeredFirstOn() {
        return answeredFirstOn;
    }

    /** Whether the connection from this port of the gateway is still open. */
    public boolean isOpen(int remotePort) {
        return openConnections.contains(remotePort);
    }

    /** Requests that reached it under {@code /api}, not the gateway's own probes of /q. */
    public long apiCount() {
        return received.stream().filter(request -> request.uri().startsWith("/api/")).count();
    }

    private void handle(HttpServerRequest request) {
        arrived.incrementAndGet();
        String closeFirst = request.getHeader("X-Stub-Close-First");
        if (closeFirst != null && closedOnce.add(closeFirst)) {
            // like a service that closes a keep-alive connection as the request arrives on it
            request.connection().close();
            return;
        }
        String answerFirst = request.getHeader("X-Stub-Answer-First");
        if (answerFirst != null) {
            answeredFirstOn = request.connection().remoteAddress().port();
            int status = (int) parse(answerFirst, 403);
            json(request, status, "application/problem+json", new JsonObject().put("status", status));
            return;
        }
        request.body().onSuccess(body -> {
            received.add(new Received(request.method().name(), request.uri(), headersOf(request), body.toString()));
            String path = request.path();
            if (path.equals("/q/openapi")) {
                json(request, 200, "application/json", openApi());
            } else if (path.equals("/q/health/ready")) {
                json(request, 200, "application/json", new JsonObject().put("status", "UP"));
            } else if (service == DownstreamService.AGREEMENTS && request.method().name().equals("GET")
                    && path.startsWith("/api/organizations/")) {
                organization(request, path.substring("/api/organizations/".length()));
            } else if (request.method().name().equals("GET") && MobileFixtures.serves(service, path)) {
                MobileFixtures.Answer answer = MobileFixtures.answer(service, path, request.params(),
                        request.getHeader("Authorization"));
                Runnable reply = () -> json(request, answer.status(),
                        answer.status() >= 400 ? "application/problem+json" : "application/json", answer.body());
                if (answer.slow()) {
                    vertx.setTimer(SLOW.toMillis(), ignored -> reply.run());
                } else {
                    reply.run();
                }
            } else {
                echo(request, body);
            }
        });
    }

    private void echo(HttpServerRequest request, Buffer body) {
        long size = parse(request.getHeader("X-Stub-Body-Bytes"), -1);
        if (size >= 0) {
            request.response().setChunked(true).putHeader("Content-Type", "text/plain");
            stream(request.response(), Buffer.buffer(new byte[64 * 1024]), size);
            return;
        }
        long delay = parse(request.getHeader("X-Stub-Delay-Ms"), 0);
        int status = (int) parse(request.getHeader("X-Stub-Status"), 200);
        Runnable answer = () -> {
            if (status >= 400) {
                json(request, status, "application/problem+json", new JsonObject()
                        .put("type", "urn:hamyar:problem:stub-" + status)
                        .put("title", "stub problem")
                        .put("status", status)
                        .put("detail", "answered by " + service.serviceName()));
                return;
            }
            JsonObject echo = new JsonObject()
                    .put("service", service.serviceName())
                    .put("method", request.method().name())
                    .put("path", request.path())
                    .put("query", request.query())
                    .put("body", body.toString());
            if (request.method().name().equals("POST")) {
                request.response().putHeader("Location", url() + request.path() + "/42");
            }
            request.response().putHeader("X-Stub-Service", service.serviceName());
            request.response().putHeader("Access-Control-Allow-Origin", "*");
            json(request, status, "application/json", echo);
        };
        if (delay > 0) {
            vertx.setTimer(delay, ignored -> answer.run());
        } else {
            answer.run();
        }
    }

    /** Writes {@code left} bytes as fast as the reader takes them, like a service streaming an export. */
    private static void stream(HttpServerResponse response, Buffer chunk, long left) {
        long remaining = left;
        while (remaining > 0 && !response.writeQueueFull() && !response.closed()) {
            int length = (int) Math.min(remaining, chunk.length());
            response.write(length == chunk.length() ? chunk : chunk.getBuffer(0, length));
            remaining -= length;
        }
        if (remaining == 0) {
            response.end();
        } else if (!response.closed()) {
            long rest = remaining;
            response.drainHandler(ignored -> stream(response, chunk, rest));
        }
    }

    private void organization(HttpServerRequest request, String id) {
        if (request.getHeader("Authorization") == null) {
            json(request, 401, "application/problem+json", new JsonObject().put("status", 401));
            return;
        }
        if (id.equals(DemoUsers.ORG_RURAL_AFFAIRS_QAZVIN.toString())) {
            vertx.setTimer(SLOW.toMillis(), ignored -> json(request, 200, "application/json", new JsonObject().put("id", id)));
            return;
        }
        if (!id.equals(DemoUsers.ORG_RELIEF_COMMITTEE_QAZVIN.toString())) {
            json(request, 404, "application/problem+json", new JsonObject().put("status", 404));
            return;
        }
        json(request, 200, "application/json", new JsonObject()
                .put("id", id)
                .put("nameFa", "کمیته امداد امام خمینی (ره) استان قزوین")
                .put("nameEn", "Imam Khomeini Relief Committee, Qazvin province")
                .put("type", "RELIEF_COMMITTEE")
                .put("level", "PROVINCE")
                .put("provinceCode", "26")
                .put("nationalId", "not for the mobile view"));
    }

    private JsonObject openApi() {
        JsonObject paths = new JsonObject();
        for (String segment : RouteTable.segmentsOf(service)) {
            // unique in the document, as in a real one; the first is "list" in every service, so
            // the merge has clashing ids to rename
            String operationId = paths.isEmpty() ? "list" : "list-" + segment;
            paths.put("/api/" + segment, new JsonObject().put("get", new JsonObject()
                    .put("operationId", operationId)
                    .put("tags", new JsonArray().add(segment))
                    .put("responses", new JsonObject()
                            .put("200", new JsonObject().put("description", "ok"))
                            .put("400", new JsonObject().put("description", "bad").put("content", new JsonObject()
                                    .put("application/problem+json", new JsonObject().put("schema",
                                            new JsonObject().put("$ref", "#/components/schemas/Problem"))))))));
        }
        paths.put("/q/metrics", new JsonObject().put("get", new JsonObject()
                .put("responses", new JsonObject().put("200", new JsonObject().put("description", "ok")))));
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", service.serviceName()).put("version", "1"))
                .put("paths", paths)
                .put("components", new JsonObject().put("schemas", new JsonObject()
                        .put("Problem", new JsonObject().put("type", "object")
                                .put("description", "problem of " + service.serviceName()))));
    }

    private static void json(HttpServerRequest request, int status, String contentType, Object body) {
        String encoded = body instanceof JsonArray array ? array.encode() : ((JsonObject) body).encode();
        request.response().setStatusCode(status).putHeader("Content-Type", contentType).end(encoded);
    }

    private static Map<String, List<String>> headersOf(HttpServerRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        request.headers().forEach(header ->
                headers.computeIfAbsent(header.getKey(), ignored -> new ArrayList<>()).add(header.getValue()));
        return headers;
    }

    private static long parse(String value, long otherwise) {
        return value == null ? otherwise : Long.parseLong(value);
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("stub failed: " + e.getMessage(), e);
        }
    }
}
