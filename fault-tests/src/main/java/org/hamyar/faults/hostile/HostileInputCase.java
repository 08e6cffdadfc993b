package org.hamyar.faults.hostile;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.hamyar.faults.CaseResult;
import org.hamyar.faults.Http;
import org.hamyar.faults.RowCounts;
import org.hamyar.infrastructure.suite.Suite;
import org.hamyar.infrastructure.testing.DemoUsers;

/**
 * Case 1: every operation of every OpenAPI document gets {@code perOperation} generated requests
 * ({@link HostileRequests}), a fifth of them through the gateway. Counts 5xx answers, and checks
 * that a run of requests which were all refused left no row behind in any database (a grown table
 * is confirmed by sending the same requests again before it counts as half-written).
 */
public final class HostileInputCase {

    /** Who sends: a role of each kind and, in {@code null}, no token at all. */
    private static final String[] USERS = {
            DemoUsers.COORDINATOR_QAZVIN_RELIEF, DemoUsers.OFFICER_QAZVIN_RELIEF, DemoUsers.ADMIN, DemoUsers.AUDITOR,
            DemoUsers.COORDINATOR_DONORS_ASSEMBLY, DemoUsers.DONOR_REZA, DemoUsers.COORDINATOR_HORMOZGAN_AWQAF,
            DemoUsers.COORDINATOR_MINISTRY, null};
    private static final int CHUNK = 20;
    private static final int THREADS = 4;

    private final Suite suite;
    private final Http http;
    private final RowCounts rows;
    private final int perOperation;
    private final Duration budget;
    private final long seed;

    public HostileInputCase(Suite suite, Http http, RowCounts rows, int perOperation, Duration budget, long seed) {
        this.suite = suite;
        this.http = http;
        this.rows = rows;
        this.perOperation = perOperation;
        this.budget = budget;
        this.seed = seed;
    }

    public List<CaseResult> run() {
        Map<String, List<OpenApiDocument.Operation>> byService = new LinkedHashMap<>();
        for (String service : Suite.SERVICES) {
            var answer = http.json("GET", suite.serviceUrl(service) + "/q/openapi?format=json", null, null);
            if (!answer.ok()) {
                throw new IllegalStateException(service + " serves no OpenAPI document: " + answer.status());
            }
            byService.put(service, new OpenApiDocument(service, answer.json()).operations().stream()
                    .filter(op -> !op.path().startsWith("/q/")).toList());
        }
        IdPool ids = harvest(byService);
        int operations = byService.values().stream().mapToInt(List::size).sum();
        long deadline = System.nanoTime() + budget.toNanos();
        System.out.printf("hostile input: %d operations, %d requests each (at most %s in all), %d known ids%n",
                operations, perOperation, budget, ids.size());
        List<CaseResult> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            int done = 0;
            for (Map.Entry<String, List<OpenApiDocument.Operation>> service : byService.entrySet()) {
                CaseResult result = new CaseResult("hostile input: " + service.getKey() + " (" + service.getValue().size() + " operations)");
                results.add(result);
                result.lost(0); // the half-written check runs for every operation
                long shortRuns = 0;
                for (OpenApiDocument.Operation operation : service.getValue()) {
                    // what is left of the budget, shared fairly by the operations still to run
                    long share = (deadline - System.nanoTime()) / Math.max(1, operations - done);
                    long sent = drive(operation, ids, result, pool, System.nanoTime() + share);
                    done++;
                    if (sent < perOperation) {
                        shortRuns++;
                    }
                }
                result.note("requests per operation: " + perOperation + " asked"
                        + (shortRuns == 0 ? "" : "; " + shortRuns + " operations stopped early at their share of the time budget"));
                System.out.printf("  %s: %d requests, %d 5xx%n", result.name(), result.runsCount(), result.serverErrors());
            }
        } finally {
            pool.shutdownNow();
        }
        return results;
    }

    /** Reads every list without path parameters as a few users, keeping the ids it answers. */
    private IdPool harvest(Map<String, List<OpenApiDocument.Operation>> byService) {
        IdPool ids = new IdPool();
        String[] readers = {DemoUsers.ADMIN, DemoUsers.AUDITOR, DemoUsers.COORDINATOR_QAZVIN_RELIEF,
                DemoUsers.COORDINATOR_DONORS_ASSEMBLY, DemoUsers.COORDINATOR_HORMOZGAN_AWQAF, DemoUsers.DONOR_REZA};
        byService.forEach((service, operations) -> {
            for (OpenApiDocument.Operation operation : operations) {
                if (!operation.method().equals("GET") || operation.path().contains("{")) {
                    continue;
                }
                for (String reader : readers) {
                    try {
                        var answer = http.json("GET", suite.serviceUrl(service) + operation.path() + "?size=50", reader, null);
                        if (answer.ok() && (answer.body().startsWith("{") || answer.body().startsWith("["))) {
                            ids.harvest(operation.path(), answer.json());
                        }
                    } catch (RuntimeException e) {
                        // a list that is not JSON (CSV) or refuses the reader: nothing to harvest
                    }
                }
            }
        });
        return ids;
    }

    private long drive(OpenApiDocument.Operation operation, IdPool ids, CaseResult result, ExecutorService pool, long deadline) {
        Random random = new Random(seed ^ operation.name().hashCode());
        HostileRequests generator = new HostileRequests(random, ids);
        AtomicInteger serverErrors = new AtomicInteger();
        long sent = 0;
        while (sent < perOperation && System.nanoTime() < deadline) {
            int count = (int) Math.min(CHUNK, perOperation - sent);
            List<Sending> chunk = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                HostileRequests.Request request = generator.next(operation);
                String user = USERS[random.nextInt(USERS.length)];
                boolean viaGateway = !operation.service().equals("gateway") && random.nextInt(5) == 0;
                String base = suite.serviceUrl(viaGateway ? "gateway" : operation.service());
                chunk.add(new Sending(request, user, base));
            }
            Map<String, Long> before = rows.snapshot();
            List<Integer> statuses = send(chunk, pool);
            Map<String, Long> after = rows.snapshot();
            sent += count;
            result.runs(count);
            boolean anyAccepted = false;
            for (int i = 0; i < chunk.size(); i++) {
                int status = statuses.get(i);
                if (status >= 500) {
                    result.serverError();
                    if (serverErrors.incrementAndGet() <= 3) {
                        result.note("5xx (" + status + ") " + operation.name() + ": " + chunk.get(i).request().describe());
                    }
                }
                anyAccepted |= status < 400;
            }
            if (!anyAccepted && !RowCounts.grown(before, after).isEmpty()) {
                confirmHalfWritten(operation, chunk, result, pool);
            }
        }
        if (serverErrors.get() > 0) {
            System.out.printf("    %s: %d 5xx%n", operation.name(), serverErrors.get());
        }
        return sent;
    }

    /** The same refused requests again, one at a time after a pause: a table that grows again is a half-written record. */
    private void confirmHalfWritten(OpenApiDocument.Operation operation, List<Sending> chunk, CaseResult result, ExecutorService pool) {
        sleep(Duration.ofSeconds(2)); // events of earlier accepted requests reach their consumers
        for (Sending sending : chunk) {
            Map<String, Long> before = rows.snapshot();
            int status = send(List.of(sending), pool).getFirst();
            Map<String, Long> grown = RowCounts.grown(before, rows.snapshot());
            if (status >= 400 && !grown.isEmpty()) {
                sleep(Duration.ofMillis(500));
                Map<String, Long> again = rows.snapshot();
                int second = send(List.of(sending), pool).getFirst();
                Map<String, Long> grownAgain = RowCounts.grown(again, rows.snapshot());
                if (second >= 400 && !grownAgain.isEmpty()) {
                    result.lost(1);
                    result.note("half-written (" + status + ", rows " + grownAgain + ") " + operation.name() + ": "
                            + sending.request().describe());
                    return;
                }
            }
        }
    }

    private record Sending(HostileRequests.Request request, String user, String base) {
    }

    private List<Integer> send(List<Sending> chunk, ExecutorService pool) {
        List<Future<Integer>> futures = new ArrayList<>();
        for (Sending sending : chunk) {
            futures.add(pool.submit(() -> status(sending)));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> future : futures) {
            try {
                statuses.add(future.get(2, TimeUnit.MINUTES));
            } catch (Exception e) {
                throw new IllegalStateException("a request did not finish: " + e, e);
            }
        }
        return statuses;
    }

    private int status(Sending sending) {
        HostileRequests.Request request = sending.request();
        URI uri;
        try {
            uri = URI.create(sending.base() + request.pathAndQuery());
        } catch (IllegalArgumentException e) {
            return 0; // not a URI an HTTP client can send
        }
        try {
            return http.send(request.method(), uri, sending.user(), request.headers(), request.body(), Duration.ofSeconds(60)).status();
        } catch (java.io.UncheckedIOException e) {
            // the service closed the connection: no answer (e.g. a body over the limit cut off) is no 5xx
            return 499;
        } catch (org.hamyar.infrastructure.KeycloakServer.TokenRefusedException e) {
            return 0; // no token to send: not a request to the service at all
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
