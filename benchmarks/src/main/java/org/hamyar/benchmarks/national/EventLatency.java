package org.hamyar.benchmarks.national;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hamyar.infrastructure.ChildProcess;
import org.hamyar.infrastructure.PostgresDatabases;

/**
 * The AidGranted → allocation committed figure, and its ceiling, Kafka's own end-to-end latency
 * tool on the same broker.
 *
 * <p>Allocations of the donors' assembly's general fund are reserved for the relief committee
 * through the donors-service's API; then grants through POST /api/aid, each naming one of them,
 * are sent at a fixed rate. Per grant the latency is the donors-service's {@code committed_at} of
 * the allocation minus the beneficiaries-service's {@code recorded_at} of the aid: both are taken
 * inside their transaction just before it commits, so the difference is commit to commit within
 * the clock's and the few milliseconds' precision of the two transactions' ends.
 */
final class EventLatency {

    /** The general fund of the donors' assembly (donors-service demo data). */
    static final UUID FUND_GENERAL = UUID.fromString("d0000000-0000-4000-8000-0000000f0005");
    static final String FUND_COORDINATOR = "coordinator.donors-assembly";
    static final String PROVIDER = "0a000000-0000-4000-8000-000000000005";

    /** Grants sent and not yet answered, at most: 64, four times the connections of the throughput figures. */
    static final int MAX_IN_FLIGHT = 64;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * Reserves up to {@code count} allocations of 100 rials each for the relief committee, for at
     * most {@code limit}; returns the ids of those reserved.
     */
    List<UUID> reserve(String donorsUrl, String token, int count, Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        Wrk.requireLocal(URI.create(donorsUrl));
        String body = ("{\"fundId\":\"%s\",\"amountRials\":100,\"aidCategory\":\"MONTHLY_STIPEND\",\"beneficiaryCategory\":\"RURAL_POOR\","
                + "\"provinceCode\":\"26\",\"providerOrganizationId\":\"%s\"}").formatted(FUND_GENERAL, PROVIDER);
        Pattern id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
        ConcurrentLinkedQueue<UUID> ids = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        Semaphore inFlight = new Semaphore(8);
        List<CompletableFuture<?>> all = new ArrayList<>();
        for (int i = 0; i < count && System.nanoTime() < end; i++) {
            inFlight.acquireUninterruptibly();
            all.add(http.sendAsync(HttpRequest.newBuilder(URI.create(donorsUrl + "/api/allocations"))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .header("Idempotency-Key", UUID.randomUUID().toString()).timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> {
                        inFlight.release();
                        Matcher m = response == null ? null : id.matcher(response.body());
                        if (response != null && response.statusCode() == 201 && m.find()) {
                            ids.add(UUID.fromString(m.group(1)));
                        } else if (failures.size() < 3) {
                            failures.add(error != null ? error.toString() : response.statusCode() + " " + response.body());
                        }
                    }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        if (ids.isEmpty()) {
            throw new IllegalStateException("no allocation reserved; e.g. " + failures);
        }
        return new ArrayList<>(ids);
    }

    /** What the paced grants did. */
    record Paced(double ratePerSecond, int granted, int failed, List<UUID> aidIds, String failure) {
    }

    /**
     * Sends one grant per allocation at {@code rate} per second, each a monthly stipend of a random
     * household in {@code households}, for a month from 2031 on.
     */
    Paced grant(String beneficiariesUrl, String token, List<UUID> allocations, List<UUID> households, int rate,
                Duration limit) {
        Wrk.requireLocal(URI.create(beneficiariesUrl));
        Pattern id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
        ConcurrentLinkedQueue<UUID> aidIds = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<?>> all = new ArrayList<>();
        // at most MAX_IN_FLIGHT grants wait for their answer: a service slower than the rate lowers the rate sent
        // (reported) instead of piling up connections until they time out
        Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
        java.util.SplittableRandom random = new java.util.SplittableRandom();
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        int sent = 0;
        for (int i = 0; i < allocations.size() && System.nanoTime() - start < limit.toNanos(); i++) {
            sent++;
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            inFlight.acquireUninterruptibly();
            int month = random.nextInt(1200);
            String body = ("{\"householdId\":\"%s\",\"category\":\"MONTHLY_STIPEND\",\"amountRials\":100,\"quantity\":1,"
                    + "\"periodStart\":\"%d-%02d-01\",\"periodEnd\":\"%d-%02d-28\",\"allocationId\":\"%s\"}").formatted(
                    households.get(random.nextInt(households.size())), 2031 + month / 12, month % 12 + 1,
                    2031 + month / 12, month % 12 + 1, allocations.get(i));
            all.add(http.sendAsync(HttpRequest.newBuilder(URI.create(beneficiariesUrl + "/api/aid"))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .header("Idempotency-Key", UUID.randomUUID().toString()).timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> {
                        inFlight.release();
                        Matcher m = response == null ? null : id.matcher(response.body());
                        if (response != null && response.statusCode() == 201 && m.find()) {
                            aidIds.add(UUID.fromString(m.group(1)));
                        } else {
                            failed.incrementAndGet();
                            if (failures.size() < 3) {
                                failures.add(error != null ? error.toString() : response.statusCode() + " " + response.body());
                            }
                        }
                    }));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        return new Paced(sent / seconds, aidIds.size(), failed.get(), new ArrayList<>(aidIds),
                failures.isEmpty() ? null : String.join(" | ", failures));
    }

    /**
     * Commit-to-commit latencies in milliseconds of the granted aid whose allocation the donors-service
     * committed within {@code wait}; the others count as not committed.
     */
    static List<Double> latencies(List<UUID> aidIds, String beneficiariesDb, String donorsDb, Duration wait) throws SQLException {
        Map<UUID, Instant> recorded = new HashMap<>();
        try (Connection c = connect(beneficiariesDb);
             PreparedStatement s = c.prepareStatement("select id, recorded_at from aid where id = any(?)")) {
            s.setArray(1, c.createArrayOf("uuid", aidIds.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    recorded.put(r.getObject(1, UUID.class), r.getTimestamp(2).toInstant());
                }
            }
        }
        Instant until = Instant.now().plus(wait);
        Map<UUID, Instant> committed = new HashMap<>();
        try (Connection c = connect(donorsDb);
             PreparedStatement s = c.prepareStatement("select aid_id, committed_at from allocation where aid_id = any(?) and committed_at is not null")) {
            while (true) {
                s.setArray(1, c.createArrayOf("uuid", aidIds.toArray()));
                committed.clear();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Timestamp at = r.getTimestamp(2);
                        committed.put(r.getObject(1, UUID.class), at.toInstant());
                    }
                }
                if (committed.size() >= aidIds.size() || Instant.now().isAfter(until)) {
                    break;
                }
                sleep(500);
            }
        }
        List<Double> latencies = new ArrayList<>();
        committed.forEach((aid, at) -> {
            Instant from = recorded.get(aid);
            if (from != null) {
                latencies.add(Duration.between(from, at).toNanos() / 1e6);
            }
        });
        Collections.sort(latencies);
        return latencies;
    }

    static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** Kafka's own end-to-end latency ({@code kafka.tools.EndToEndLatency}) on the broker: its p99 in ms. */
    static double kafkaP99(Path kafkaLib, Path kafkaTools, String bootstrap, int records, Path workDir) {
        Path log = workDir.resolve("kafka-e2e-latency.log");
        long offset = ChildProcess.logSize(log);
        ChildProcess tool = ChildProcess.start("kafka-e2e-latency", List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                        "-cp", kafkaLib.resolve("*") + java.io.File.pathSeparator + kafkaTools.resolve("*"),
                        "org.apache.kafka.tools.EndToEndLatency", bootstrap, "bench.e2e-latency", String.valueOf(records), "all", "500"),
                Map.of(), workDir, log, false);
        int exit = tool.awaitExit(Duration.ofSeconds(120));
        String out = tool.logTail(40);
        Matcher p99 = Pattern.compile("99th = ([0-9.]+)").matcher(out);
        if (exit != 0 || !p99.find()) {
            throw new IllegalStateException("EndToEndLatency failed (exit " + exit + "):\n" + out);
        }
        return Double.parseDouble(p99.group(1));
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(PostgresDatabases.jdbcUrl(database), PostgresDatabases.user(), PostgresDatabases.password());
    }

    private static void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
