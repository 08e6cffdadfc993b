package org.hamyar.benchmarks.national;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.hamyar.benchmarks.duplicates.DuplicateBenchmark;
import org.hamyar.benchmarks.duplicates.PairCount;
import org.hamyar.benchmarks.registry.NationalDataset;
import org.hamyar.infrastructure.ChildProcess;
import org.hamyar.infrastructure.FreePorts;
import org.hamyar.infrastructure.PostgresDatabases;
import org.hamyar.infrastructure.suite.ProjectRoot;
import org.hamyar.infrastructure.suite.Suite;
import org.hamyar.infrastructure.suite.SuiteOptions;

/**
 * {@code ./hamyar bench}: the national-scale figures of docs/product.md §9 and their ceilings,
 * measured in one run on this machine (docs/benchmarks.md, "National-scale figures").
 *
 * <p>Starts the suite on free ports with its own {@code *_bench} databases (demo data on, so the
 * demo organisations and agreements exist), loads the data set unless it is already there, starts
 * the ceiling endpoint ({@code benchmarks-ceiling}), measures each figure for a fixed time with
 * {@code wrk}, {@code pgbench} and Kafka's own latency tool, prints the table and writes it to
 * docs/benchmarks.md. Everything it starts listens on 127.0.0.1 and is stopped at the end, also on
 * failure or Ctrl-C; every phase has a time limit and the whole run a deadline.
 */
public final class NationalBenchmark {

    /**
     * The databases' suffix: {@code _bench}, or {@code _bench} and the value of
     * {@code HAMYAR_BENCH_DATABASE_SUFFIX}, so that two checkouts measuring at once keep apart.
     */
    static final String SUFFIX = "_bench" + System.getenv().getOrDefault("HAMYAR_BENCH_DATABASE_SUFFIX", "");
    /** The user whose token the overlap checks carry: an officer of the Qazvin relief committee (demo realm). */
    static final String OFFICER = "officer.qazvin-relief";
    static final String DEMO_PASSWORD = "hamyar-demo";
    /** The environment variable ./hamyar bench sets for the gateway's limit of the benchmark's client (hamyar-app). */
    static final String GATEWAY_RATE = "HAMYAR_GATEWAY_RATE_LIMIT_CLIENTS";

    /** Sizes and durations of a run. */
    record Options(boolean quick, int persons, int households, Duration measure, Duration warmup, int connections,
                   Duration deadline, boolean writeDocs, Set<String> phases) {

        /** The phases a run measures, by the names {@code --only} takes. */
        static final List<String> PHASES = List.of("checks", "grants", "events", "import", "duplicates");

        static Options parse(String[] args) {
            boolean quick = false;
            boolean docs = true;
            Integer persons = null;
            Set<String> phases = new LinkedHashSet<>(PHASES);
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--quick" -> quick = true;
                    case "--persons" -> persons = Integer.parseInt(args[++i].replace("_", ""));
                    case "--no-docs" -> docs = false;
                    case "--only" -> phases = new LinkedHashSet<>(List.of(args[++i].split(",")));
                    default -> usage();
                }
            }
            if (!PHASES.containsAll(phases)) {
                usage();
            }
            // a table of some figures only is a developer's measurement, not the record of docs/benchmarks.md
            docs = docs && phases.size() == PHASES.size();
            int p = persons != null ? persons : quick ? 100_000 : 1_000_000;
            return new Options(quick, p, (int) (p * 0.3),
                    Duration.ofSeconds(quick ? 5 : 20), Duration.ofSeconds(quick ? 2 : 5), 16,
                    Duration.ofMinutes(quick ? 15 : 30), docs, phases);
        }

        private static void usage() {
            System.err.println("usage: ./hamyar bench [--quick] [--persons N] [--no-docs] [--only " + String.join(",", PHASES) + "]");
            System.exit(2);
        }
    }

    private final Options options;
    private final Path root;
    private final Path workDir;
    private final List<Figure> figures = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Instant deadline;
    private Suite suite;
    private ChildProcess ceiling;

    NationalBenchmark(Options options, Path root) {
        this.options = options;
        this.root = root;
        this.workDir = root.resolve("benchmarks/target/bench-run");
        this.deadline = Instant.now().plus(options.deadline());
    }

    public static void main(String[] args) {
        Options options = Options.parse(args);
        NationalBenchmark bench = new NationalBenchmark(options, ProjectRoot.find());
        Runtime.getRuntime().addShutdownHook(new Thread(bench::finish, "bench-stop"));
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(options.deadline().plusMinutes(2).toMillis());
                System.err.println("[bench] the run passed its deadline of " + options.deadline() + "; stopping");
                System.exit(3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bench-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        int exit = bench.run();
        watchdog.interrupt();
        System.exit(exit);
    }

    int run() {
        try {
            startSuite();
            NationalDataset dataset = dataset();
            phase("checks", "overlap checks", () -> {
                startCeiling();
                overlapChecks(dataset);
            });
            stopCeiling();
            phase("grants", "grants", () -> grants(dataset));
            phase("events", "AidGranted → allocation committed", () -> eventLatency(dataset));
            phase("import", "CSV import", this::csvImport);
            phase("duplicates", "duplicate detection", this::duplicates);
            memory();
        } catch (RuntimeException e) {
            progress("the run broke off: " + e.getMessage());
            e.printStackTrace(System.err);
        } finally {
            finish();
        }
        return 0;
    }

    private final Instant began = Instant.now();
    private boolean reported;

    /** Stops what the run started, then prints the table of what was measured (once: at the end, or on Ctrl-C). */
    synchronized void finish() {
        stop();
        if (reported) {
            return;
        }
        reported = true;
        Report report = new Report(figures, LocalDate.now(), options, Duration.between(began, Instant.now()));
        System.out.println();
        System.out.print(report.table());
        if (options.writeDocs()) {
            Path docs = root.resolve("docs/benchmarks.md");
            report.writeTo(docs);
            progress("table written to " + root.relativize(docs));
        }
    }

    /**
     * Runs one phase unless {@code --only} leaves it out; a failure is reported and the run goes on
     * with the next (its figures are missing, so FAIL).
     */
    private void phase(String key, String name, Runnable phase) {
        if (!options.phases().contains(key)) {
            return;
        }
        try {
            phase.run();
        } catch (RuntimeException e) {
            progress(name + " broke off: " + e.getMessage());
            figures.add(Figure.notMeasured(name, "", "-", "broke off: " + firstLine(e.getMessage())));
        }
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1].length() > 160 ? lines[lines.length - 1].substring(0, 160) : lines[lines.length - 1];
    }

    // ---------------------------------------------------------------------------------------------
    // suite, data set, ceiling

    private void startSuite() {
        if (PostgresDatabases.exists("beneficiaries" + SUFFIX) && tableExists("beneficiaries" + SUFFIX, "import_job")) {
            // an import of a run stopped half-way would resume in the background and load every figure
            sql("beneficiaries" + SUFFIX, "update import_job set status = 'FAILED', failure = 'stopped with its ./hamyar bench run',"
                    + " content = null, finished_at = now(), claim_token = null, lease_until = null"
                    + " where status in ('QUEUED', 'RUNNING')");
        }
        SuiteOptions suiteOptions = new SuiteOptions(workDir.resolve("suite"), 0, 0, 0, 0, 0, 0,
                "agreements" + SUFFIX, "beneficiaries" + SUFFIX, "donors" + SUFFIX, true, false);
        if (!Suite.aotCachesCurrent(root)) {
            // the start measured is that of a deployed service, whose cache a run after its build recorded
            progress("recording the services' ahead-of-time caches (once after a build): the suite starts and stops once");
            try (Suite training = Suite.start(suiteOptions.withAotTraining(), root, message -> progress("training: " + message))) {
                progress("training suite up; stopping it, the services write their caches");
            }
            progress(Suite.aotCachesCurrent(root) ? "ahead-of-time caches written"
                    : "ahead-of-time caches not all written; the services start without them");
        }
        progress("starting the suite on free ports, databases *" + SUFFIX + ", demo data on");
        suite = Suite.start(suiteOptions, root, message -> progress(message));
        for (Suite.RunningProcess process : suite.processes()) {
            if (Suite.SERVICES.contains(process.name())) {
                figures.add(startFigure(process));
            }
        }
    }

    private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");
    private static final Pattern TIMESTAMP = Pattern.compile("\"timestamp\":\"([^\"]+)\"");

    /** From the process's start to the log line Quarkus writes when it listens ("started in"), in this run's part of the log. */
    private Figure startFigure(Suite.RunningProcess process) {
        String name = process.name() + ": JVM start";
        try {
            List<String> lines = Files.readAllLines(suite.logFile(process.name()));
            for (int i = lines.size() - 1; i >= 0; i--) {
                String line = lines.get(i);
                Matcher started = STARTED.matcher(line);
                if (!started.find()) {
                    continue;
                }
                Matcher timestamp = TIMESTAMP.matcher(line);
                if (timestamp.find() && !process.started().equals(Instant.EPOCH)) {
                    Instant at = OffsetDateTime.parse(timestamp.group(1)).toInstant();
                    if (at.isBefore(process.started())) {
                        break; // an earlier run's line: this run wrote none
                    }
                    double seconds = Duration.between(process.started(), at).toMillis() / 1000.0;
                    return Figure.atMost(name, seconds, "s", null, 1.5)
                            .withNote("Quarkus' own 'started in' " + started.group(1) + " s");
                }
                return Figure.atMost(name, Double.parseDouble(started.group(1)), "s", null, 1.5)
                        .withNote("Quarkus' own 'started in' (no timestamp in the log)");
            }
        } catch (IOException | RuntimeException e) {
            return Figure.notMeasured(name, "s", "≤ 1.5 s", "log unreadable: " + e.getMessage());
        }
        return Figure.notMeasured(name, "s", "≤ 1.5 s", "no 'started in' line of this run in " + suite.logFile(process.name()));
    }

    private NationalDataset dataset() {
        NationalDataset dataset = new NationalDataset(options.persons(), options.households(), personHashSecret());
        String url = PostgresDatabases.jdbcUrl("beneficiaries" + SUFFIX);
        if (dataset.presentIn(url, PostgresDatabases.user(), PostgresDatabases.password())) {
            progress("data set of %,d persons, %,d households, %,d aid records is loaded already (bench_dataset)"
                    .formatted(dataset.persons(), dataset.households(), dataset.aidRecords()));
            vacuumAnalyze();
            return dataset;
        }
        progress("generating and loading %,d persons, %,d households, %,d aid records with COPY"
                .formatted(dataset.persons(), dataset.households(), dataset.aidRecords()));
        long start = System.nanoTime();
        dataset.load(url, PostgresDatabases.user(), PostgresDatabases.password(), this::progress);
        progress("data set loaded in %.1f s".formatted((System.nanoTime() - start) / 1e9));
        return dataset;
    }

    /**
     * Earlier runs' writes (grants, imports, the outbox's published rows) analysed and their dead rows
     * vacuumed, as a maintained server's autovacuum would have done; a server without autovacuum
     * (this project's CI machines run with {@code autovacuum = off}) would otherwise measure every run
     * on staler statistics and more dead rows than the last.
     */
    private void vacuumAnalyze() {
        long start = System.nanoTime();
        for (String database : List.of("beneficiaries" + SUFFIX, "donors" + SUFFIX, "agreements" + SUFFIX)) {
            sql(database, "vacuum analyze");
        }
        progress("earlier runs' rows vacuumed and analysed in %.1f s".formatted((System.nanoTime() - start) / 1e9));
    }

    /** The network's person-hash key the suite gives the beneficiaries-service (Suite: the caller's, or the local demo value). */
    private static String personHashSecret() {
        String fromEnvironment = System.getenv("PERSON_HASH_SECRET");
        return fromEnvironment == null || fromEnvironment.isBlank()
                ? "local-demo-person-hash-secret-never-use-in-production" : fromEnvironment;
    }

    private int ceilingPort;

    private void startCeiling() {
        Path jar = root.resolve("benchmarks-ceiling/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("benchmarks-ceiling is not packaged: " + jar + " is missing");
        }
        ceilingPort = FreePorts.next();
        progress("ceiling endpoint (benchmarks-ceiling) on port " + ceilingPort);
        Path log = workDir.resolve("suite/logs/ceiling.log");
        long offset = ChildProcess.logSize(log);
        ceiling = ChildProcess.start("ceiling", List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m", "-jar", jar.toString()),
                Map.of("HTTP_PORT", String.valueOf(ceilingPort), "DB_URL", PostgresDatabases.jdbcUrl("beneficiaries" + SUFFIX),
                        "DB_USER", PostgresDatabases.user(), "DB_PASSWORD", PostgresDatabases.password()),
                workDir, log, false);
        ceiling.awaitLogLine("Listening on", offset, Duration.ofSeconds(60));
    }

    // ---------------------------------------------------------------------------------------------
    // overlap checks

    private void overlapChecks(NationalDataset dataset) {
        if (late("overlap checks")) {
            return;
        }
        SplittableRandom random = new SplittableRandom(9);
        List<String> checks = new ArrayList<>();
        List<String> windows = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            long household;
            do {
                household = random.nextLong(dataset.households());
            } while (household % 10 >= 6); // registered by the relief committee or its partner, the rural office
            YearMonth month = NationalDataset.FIRST_MONTH.plusMonths(random.nextInt(NationalDataset.MONTHS + 6));
            LocalDate start = month.atDay(1);
            LocalDate end = month.atEndOfMonth();
            UUID id = NationalDataset.householdId(household);
            checks.add(("{\"householdId\":\"%s\",\"category\":\"MONTHLY_STIPEND\",\"amountRials\":30000000,"
                    + "\"quantity\":1,\"periodStart\":\"%s\",\"periodEnd\":\"%s\"}").formatted(id, start, end));
            windows.add("{\"households\":[\"%s\"],\"members\":[%s],\"category\":\"MONTHLY_STIPEND\",\"to\":\"%s\",\"from\":\"%s\"}"
                    .formatted(id, dataset.members(household).stream().map(m -> "\"" + m + "\"").collect(Collectors.joining(",")),
                            end.plusDays(31), start.minusDays(31)));
        }
        Wrk wrk = new Wrk(2, options.connections(), workDir);
        URI bare = URI.create("http://127.0.0.1:" + ceilingPort + "/candidates");
        progress("ceiling: the bare candidate query, " + options.measure().toSeconds() + " s");
        wrk.post(bare, windows, null, options.warmup());
        Wrk.Result ceilingResult = wrk.post(bare, windows, null, options.measure());
        progress("  %.0f requests/s, p99 %.2f ms".formatted(ceilingResult.goodPerSecond(), ceilingResult.p99Millis()));

        String token = suite.keycloak().token(OFFICER, DEMO_PASSWORD);
        URI direct = URI.create(suite.serviceUrl("beneficiaries") + "/api/aid-checks");
        String sample = sampleAnswer(direct, token, checks.getFirst());
        progress("overlap check on the beneficiaries-service; a sample answer: " + sample);
        wrk.post(direct, checks, token, options.warmup());
        Wrk.Result service = wrk.post(direct, checks, token, options.measure());
        progress("  %.0f requests/s, p99 %.2f ms".formatted(service.goodPerSecond(), service.p99Millis()));
        figures.add(errors(Figure.atLeastRatio("overlap check (service)", service.goodPerSecond(), "req/s",
                ceilingResult.goodPerSecond(), 0.5), service));
        figures.add(Figure.atMost("overlap check (service) p99", service.p99Millis(), "ms", ceilingResult.p99Millis(), 10));
        stopCeiling();

        if (late("overlap checks through the gateway")) {
            return;
        }
        token = suite.keycloak().token(OFFICER, DEMO_PASSWORD);
        URI gateway = URI.create(suite.gatewayUrl() + "/api/aid-checks");
        progress("overlap check through the gateway; a sample answer: " + sampleAnswer(gateway, token, checks.getFirst()));
        wrk.post(gateway, checks, token, options.warmup());
        Wrk.Result through = wrk.post(gateway, checks, token, options.measure());
        progress("  %.0f requests/s, p99 %.2f ms".formatted(through.goodPerSecond(), through.p99Millis()));
        Figure figure = errors(Figure.atLeastRatio("overlap check (gateway)", through.goodPerSecond(), "req/s",
                ceilingResult.goodPerSecond(), 0.25), through);
        String rate = System.getenv(GATEWAY_RATE);
        figures.add(figure.withNote(rate == null ? "gateway rate limit at its default (200/s per user)"
                : "gateway rate limit of the benchmark's client: " + rate + " (requests/s/burst, set for the run)"));
    }

    private static Figure errors(Figure figure, Wrk.Result result) {
        if (result.non2xx() > 0 || result.socketErrors() > 0) {
            return figure.withNote("%,d of %,d answers not 2xx, %,d socket errors (not counted)"
                    .formatted(result.non2xx(), result.requests(), result.socketErrors()));
        }
        return figure;
    }

    private static String sampleAnswer(URI url, String token, String body) {
        try {
            HttpResponse<String> response = send(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), HttpRequest.newBuilder(url)
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            return response.statusCode() + " " + (text.length() > 200 ? text.substring(0, 200) + "…" : text);
        } catch (IOException e) {
            return "no answer: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    // ---------------------------------------------------------------------------------------------
    // grants (HTTP and pgbench)

    /**
     * Grants of a monthly stipend through POST /api/aid for a month from 2031 on (nothing to conflict
     * with, so each is recorded with its AidGranted outbox row), against pgbench running the same
     * SQL. Grants go to the households the relief committee or its partner registered.
     */
    private void grants(NationalDataset dataset) {
        if (late("grants")) {
            return;
        }
        String token = suite.keycloak().token(OFFICER, DEMO_PASSWORD);
        URI direct = URI.create(suite.serviceUrl("beneficiaries") + "/api/aid");
        progress("aid grants through HTTP; a sample answer: " + sampleAnswer(direct, token,
                grantBody(dataset, 0, new SplittableRandom().nextInt(1_200))));
        Wrk wrk = new Wrk(2, options.connections(), workDir);
        String lua = grantLua(dataset);
        wrk.script(direct, lua, token, options.warmup());
        Wrk.Result http = wrk.script(direct, lua, token, options.measure());
        progress("  %.0f grants/s, p99 %.2f ms".formatted(http.goodPerSecond(), http.p99Millis()));

        progress("ceiling: pgbench running the grant's SQL, " + options.measure().toSeconds() + " s");
        String database = "beneficiaries" + SUFFIX;
        URI jdbc = URI.create(PostgresDatabases.jdbcUrl(database).substring("jdbc:".length()));
        PgBench.Result pg = null;
        String failure = null;
        for (int attempt = 0; attempt < 3 && pg == null; attempt++) {
            try {
                pg = PgBench.grants(jdbc.getHost(), jdbc.getPort() < 0 ? 5432 : jdbc.getPort(), PostgresDatabases.user(),
                        PostgresDatabases.password(), database, dataset.households(), options.connections(), options.measure(), workDir);
            } catch (IllegalStateException e) {
                // the machine's PostgreSQL is shared: its connections may all be taken for a moment
                failure = firstLine(e.getMessage());
                progress("  pgbench failed (" + failure + "); again in 10 s");
                sleep(Duration.ofSeconds(10));
            }
        }
        if (pg == null) {
            figures.add(errors(new Figure("aid grant (HTTP)", http.goodPerSecond(), "req/s", null, 0.4, true, true,
                    "pgbench did not run: " + failure), http));
        } else {
            progress("  %.0f transactions/s, latency average %.2f ms".formatted(pg.tps(), pg.latencyMillis()));
            figures.add(errors(Figure.atLeastRatio("aid grant (HTTP)", http.goodPerSecond(), "req/s", pg.tps(), 0.4), http));
        }
        figures.add(Figure.atMost("aid grant (HTTP) p99", http.p99Millis(), "ms", null, 25));
        sql(database, "delete from aid where recorded_by = 'pgbench'", "delete from outbox_event where topic = 'bench.pgbench'");
    }

    /** Grants naming allocations at {@value #EVENT_RATE}/s: AidGranted committed → allocation committed, against Kafka's own p99. */
    private void eventLatency(NationalDataset dataset) {
        if (late("AidGranted → allocation committed")) {
            return;
        }
        String name = "AidGranted → allocation committed p99";
        progress("ceiling: Kafka's own end-to-end latency (kafka.tools.EndToEndLatency, 2,000 records, acks=all)");
        double kafka = EventLatency.kafkaP99(root.resolve("local-infrastructure/target/kafka-broker-lib"),
                root.resolve("benchmarks/target/kafka-tools"), suite.kafkaBootstrapServers(), 2_000, workDir);
        progress("  Kafka p99 %.2f ms".formatted(kafka));
        int count = (int) (EVENT_RATE * options.measure().toSeconds());
        EventLatency events = new EventLatency();
        progress("reserving %,d allocations of the general fund for the relief committee (donors-service API)".formatted(count));
        List<UUID> allocations = events.reserve(suite.serviceUrl("donors"),
                suite.keycloak().token(EventLatency.FUND_COORDINATOR, DEMO_PASSWORD), count, Duration.ofMinutes(3));
        if (allocations.size() < count) {
            progress("  %,d reserved in the time allowed (3 minutes)".formatted(allocations.size()));
        }
        SplittableRandom random = new SplittableRandom(13);
        List<UUID> households = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            long household;
            do {
                household = random.nextLong(dataset.households());
            } while (household % 10 >= 6);
            households.add(NationalDataset.householdId(household));
        }
        progress("granting aid naming them at %d/s for %d s".formatted(EVENT_RATE, options.measure().toSeconds()));
        EventLatency.Paced paced = events.grant(suite.serviceUrl("beneficiaries"), suite.keycloak().token(OFFICER, DEMO_PASSWORD),
                allocations, households, EVENT_RATE, options.measure());
        progress("  sent at %.0f/s: %,d granted, %,d failed%s".formatted(paced.ratePerSecond(), paced.granted(), paced.failed(),
                paced.failure() == null ? "" : " (" + paced.failure() + ")"));
        try {
            List<Double> latencies = null;
            for (int attempt = 0; latencies == null; attempt++) {
                try {
                    latencies = EventLatency.latencies(paced.aidIds(), "beneficiaries" + SUFFIX, "donors" + SUFFIX,
                            Duration.ofSeconds(60));
                } catch (java.sql.SQLException e) {
                    // the machine's PostgreSQL is shared: its connections may all be taken for a moment
                    if (attempt == 2) {
                        throw e;
                    }
                    progress("  reading the commit times failed (" + e.getMessage() + "); again in 10 s");
                    sleep(Duration.ofSeconds(10));
                }
            }
            double p99 = EventLatency.percentile(latencies, 99);
            Figure figure = Figure.atMostRatio(name, p99, "ms", kafka, 5.0)
                    .withNote("%,d of %,d committed, sent at %.0f/s, p50 %.1f ms".formatted(latencies.size(), paced.granted(),
                            paced.ratePerSecond(), EventLatency.percentile(latencies, 50)));
            if (paced.failed() > 0) {
                figure = figure.withNote(paced.failed() + " grants failed");
            }
            figures.add(figure);
        } catch (java.sql.SQLException e) {
            figures.add(Figure.notMeasured(name, "ms", "≤ 500 % of Kafka's p99", e.getMessage()));
        }
    }

    static final int EVENT_RATE = 500;

    /**
     * A registry file of 100,000 rows (duplicates among them) uploaded to POST /api/imports, from the
     * upload's start until the job is DONE and the outbox holds nothing unpublished: stored and published.
     */
    private void csvImport() {
        if (late("CSV import")) {
            return;
        }
        String name = "CSV import, 100,000 rows";
        byte[] file = org.hamyar.benchmarks.registry.ImportFile.csv(100_000, 1403, (int) (System.currentTimeMillis() / 1000 % 700));
        progress("CSV import: 100,000 rows, %.1f MB".formatted(file.length / 1e6));
        // every run's import stays in the registry: the next one is compared with a larger registry, and says so
        long registry = count("beneficiaries" + SUFFIX, "select count(*) from person");
        String token = suite.keycloak().token(OFFICER, DEMO_PASSWORD);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String base = suite.serviceUrl("beneficiaries") + "/api/imports";
        Pattern idPattern = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
        Pattern statusPattern = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z]+)\"");
        long start = System.nanoTime();
        try {
            HttpResponse<String> upload = send(http, HttpRequest.newBuilder(URI.create(base))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv; charset=utf-8")
                    .header("Idempotency-Key", UUID.randomUUID().toString()).timeout(Duration.ofSeconds(120))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(file)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher id = idPattern.matcher(upload.body());
            if (upload.statusCode() != 202 || !id.find()) {
                figures.add(Figure.notMeasured(name, "s", "≤ 30 s", "upload answered " + upload.statusCode() + " "
                        + upload.body().substring(0, Math.min(200, upload.body().length()))));
                return;
            }
            Instant until = Instant.now().plus(Duration.ofMinutes(options.quick() ? 5 : 8));
            String status = "QUEUED";
            String body = "";
            while (!status.equals("DONE") && !status.equals("FAILED") && Instant.now().isBefore(until)) {
                Thread.sleep(250);
                body = send(http, HttpRequest.newBuilder(URI.create(base + "/" + id.group(1)))
                        .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                Matcher m = statusPattern.matcher(body);
                status = m.find() ? m.group(1) : status;
            }
            double stored = (System.nanoTime() - start) / 1e9;
            if (!status.equals("DONE")) {
                figures.add(Figure.notMeasured(name, "s", "≤ 30 s", "job " + status + " after %.0f s".formatted(stored)));
                return;
            }
            while (unpublished() > 0 && Instant.now().isBefore(until)) {
                Thread.sleep(250);
            }
            double published = (System.nanoTime() - start) / 1e9;
            Matcher outcomes = Pattern.compile("\"outcomes\"\\s*:\\s*(\\{[^}]*\\})").matcher(body);
            figures.add(Figure.atMost(name, published, "s", null, 30)
                    .withNote("stored after %.1f s%s, into a registry of %,d persons".formatted(stored,
                            outcomes.find() ? ", outcomes " + outcomes.group(1) : "", registry)));
        } catch (IOException | RuntimeException e) {
            figures.add(Figure.notMeasured(name, "s", "≤ 30 s", String.valueOf(e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A request whose answer is awaited at most its own timeout plus ten seconds, however the connection behaves. */
    private static HttpResponse<String> send(HttpClient http, HttpRequest request, HttpResponse.BodyHandler<String> handler)
            throws IOException, InterruptedException {
        long seconds = request.timeout().orElse(Duration.ofSeconds(30)).toSeconds() + 10;
        try {
            return http.sendAsync(request, handler).get(seconds, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IOException("no answer from " + request.uri() + " in " + seconds + " s");
        }
    }

    private static long unpublished() {
        try (var c = java.sql.DriverManager.getConnection(PostgresDatabases.jdbcUrl("beneficiaries" + SUFFIX),
                PostgresDatabases.user(), PostgresDatabases.password()); var s = c.createStatement();
             var r = s.executeQuery("select count(*) from outbox_event where published_at is null")) {
            r.next();
            return r.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static String grantBody(NationalDataset dataset, long household, int month) {
        int year = 2031 + month / 12;
        int m = month % 12 + 1;
        return ("{\"householdId\":\"%s\",\"category\":\"MONTHLY_STIPEND\",\"amountRials\":30000000,\"quantity\":1,"
                + "\"periodStart\":\"%d-%02d-01\",\"periodEnd\":\"%d-%02d-28\"}").formatted(
                NationalDataset.householdId(household), year, m, year, m);
    }

    /** A wrk request function: a random household of the relief committee or its partner, a random month of 2031–2130. */
    private static String grantLua(NationalDataset dataset) {
        SplittableRandom random = new SplittableRandom(11);
        StringBuilder lua = new StringBuilder("local households = {\n");
        for (int i = 0; i < 2_000; i++) {
            long household;
            do {
                household = random.nextLong(dataset.households());
            } while (household % 10 >= 6);
            lua.append("  \"").append(NationalDataset.householdId(household)).append("\",\n");
        }
        return lua.append("}\nlocal n = #households\n")
                .append("init = function(args)\n  math.randomseed(os.time() + (tonumber(tostring({}):sub(8), 16) or 0))\nend\n")
                .append("request = function()\n")
                .append("  local m = math.random(0, 1199)\n")
                .append("  local y = 2031 + math.floor(m / 12)\n")
                .append("  local mo = m % 12 + 1\n")
                .append("  local body = string.format('{\"householdId\":\"%s\",\"category\":\"MONTHLY_STIPEND\",\"amountRials\":30000000,"
                        + "\"quantity\":1,\"periodStart\":\"%d-%02d-01\",\"periodEnd\":\"%d-%02d-28\"}', households[math.random(n)], y, mo, y, mo)\n")
                .append("  return wrk.format(nil, nil, nil, body)\nend\n")
                .toString();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static boolean tableExists(String database, String table) {
        try (var c = java.sql.DriverManager.getConnection(PostgresDatabases.jdbcUrl(database), PostgresDatabases.user(),
                PostgresDatabases.password()); var s = c.prepareStatement("select to_regclass(?) is not null")) {
            s.setString(1, table);
            try (var r = s.executeQuery()) {
                return r.next() && r.getBoolean(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static long count(String database, String query) {
        try (var c = java.sql.DriverManager.getConnection(PostgresDatabases.jdbcUrl(database), PostgresDatabases.user(),
                PostgresDatabases.password()); var s = c.createStatement(); var r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void sql(String database, String... statements) {
        try (var c = java.sql.DriverManager.getConnection(PostgresDatabases.jdbcUrl(database), PostgresDatabases.user(),
                PostgresDatabases.password()); var s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // duplicates, memory

    private void duplicates() {
        if (late("duplicate detection")) {
            return;
        }
        int rows = options.quick() ? 20_000 : 100_000;
        progress("duplicate detection on %,d generated registry rows".formatted(rows));
        PairCount count = DuplicateBenchmark.finderQuality(rows, 1403);
        figures.add(Figure.atLeast("duplicate detection F1", count.f1(), "", 0.95)
                .withNote("%,d rows, precision %.4f, recall %.4f".formatted(rows, count.precision(), count.recall())));
    }

    /** Each service's resident memory now, after the load. */
    private void memory() {
        for (Suite.RunningProcess process : suite.processes()) {
            if (!Suite.SERVICES.contains(process.name())) {
                continue;
            }
            String name = process.name() + ": RSS after the load";
            try {
                String status = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "status"));
                Matcher m = Pattern.compile("VmRSS:\\s+(\\d+) kB").matcher(status);
                if (m.find()) {
                    figures.add(Figure.atMost(name, Long.parseLong(m.group(1)) / 1024.0, "MB", null, 250));
                    continue;
                }
                figures.add(Figure.notMeasured(name, "MB", "≤ 250 MB", "no VmRSS"));
            } catch (IOException e) {
                figures.add(Figure.notMeasured(name, "MB", "≤ 250 MB", "/proc unreadable: " + e.getMessage()));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------

    private boolean late(String phase) {
        if (Instant.now().isAfter(deadline)) {
            progress("skipping " + phase + ": the run's deadline (" + options.deadline() + ") has passed");
            return true;
        }
        return false;
    }

    /** The ceiling's pool holds connections of the shared PostgreSQL: it goes once its figures are measured. */
    private synchronized void stopCeiling() {
        if (ceiling != null) {
            ceiling.stop(Duration.ofSeconds(10));
            ceiling = null;
        }
    }

    synchronized void stop() {
        stopCeiling();
        if (suite != null) {
            progress("stopping the suite");
            suite.close();
            suite = null;
        }
    }

    void progress(String message) {
        System.err.println("[bench] " + message);
    }

    /** The figures of a run as the table ./hamyar bench prints, and the section of docs/benchmarks.md. */
    static final class Report {

        static final String HEADING = "## National-scale figures: `./hamyar bench`";

        private final List<Figure> figures;
        private final LocalDate date;
        private final Options options;
        private final Duration took;

        Report(List<Figure> figures, LocalDate date, Options options, Duration took) {
            this.figures = List.copyOf(figures);
            this.date = date;
            this.options = options;
            this.took = took;
        }

        String machine() {
            long memoryMb = 0;
            try {
                Matcher m = Pattern.compile("MemTotal:\\s+(\\d+) kB").matcher(Files.readString(Path.of("/proc/meminfo")));
                if (m.find()) {
                    memoryMb = Long.parseLong(m.group(1)) / 1024;
                }
            } catch (IOException e) {
                // not Linux: unknown
            }
            String load = "";
            try {
                // how busy the machine was besides the run: on a shared machine the figures say less
                load = ", load average " + Files.readString(Path.of("/proc/loadavg")).split(" ")[2] + " (15 min) at the end";
            } catch (IOException | RuntimeException e) {
                // not Linux
            }
            return "%d cores, %s RAM, Java %s%s".formatted(Runtime.getRuntime().availableProcessors(),
                    memoryMb == 0 ? "unknown" : "%.1f GB".formatted(memoryMb / 1024.0), System.getProperty("java.version"), load);
        }

        String table() {
            StringBuilder out = new StringBuilder();
            out.append("%s, %s, %s: %,d persons, %,d households, %,d aid records; %d s per figure, %d connections; run took %d s%n"
                    .formatted(date, machine(), options.quick() ? "--quick" : "full", options.persons(), options.households(),
                            (long) options.households() * NationalDataset.AID_PER_HOUSEHOLD, options.measure().toSeconds(),
                            options.connections(), took.toSeconds()));
            int width = figures.stream().mapToInt(f -> f.name().length()).max().orElse(10);
            for (Figure f : figures) {
                out.append(String.format(Locale.ROOT, "%-" + width + "s  %10s  %-5s  %10s  %8s  %-10s  %s%s%n", f.name(),
                        f.valueText(), f.unit(), f.ceilingText(), f.ratioText(), f.targetText(), f.passed() ? "PASS" : "FAIL",
                        f.noteText().isEmpty() ? "" : "   (" + f.noteText() + ")"));
            }
            return out.toString();
        }

        String markdown() {
            StringBuilder md = new StringBuilder();
            md.append("Measured ").append(date).append(" by `./hamyar bench").append(options.quick() ? " --quick" : "")
                    .append("` on ").append(machine()).append(": ")
                    .append("%,d persons, %,d households, %,d aid records; %d s per figure after %d s of warm-up, %d connections; the run took %d s."
                            .formatted(options.persons(), options.households(),
                                    (long) options.households() * NationalDataset.AID_PER_HOUSEHOLD, options.measure().toSeconds(),
                                    options.warmup().toSeconds(), options.connections(), took.toSeconds()))
                    .append("\n\n| figure | value | unit | ceiling | ratio | target | result | notes |\n")
                    .append("|---|---:|---|---:|---:|---|---|---|\n");
            for (Figure f : figures) {
                md.append("| %s | %s | %s | %s | %s | %s | %s | %s |\n".formatted(f.name(), f.valueText(), f.unit(),
                        f.ceilingText(), f.ratioText(), f.targetText(), f.passed() ? "PASS" : "**FAIL**", f.noteText()));
            }
            return md.toString();
        }

        /** Replaces the table under {@value #HEADING}'s "Last run" in docs/benchmarks.md (the section's prose stays). */
        void writeTo(Path docs) {
            try {
                String text = Files.readString(docs);
                String begin = "<!-- bench:table:begin -->";
                String end = "<!-- bench:table:end -->";
                String table = begin + "\n" + markdown() + end;
                int b = text.indexOf(begin);
                int e = text.indexOf(end);
                if (b >= 0 && e > b) {
                    text = text.substring(0, b) + table + text.substring(e + end.length());
                } else {
                    text = text.stripTrailing() + "\n\n" + HEADING + "\n\n" + table + "\n";
                }
                Files.writeString(docs, text);
            } catch (IOException e) {
                System.err.println("[bench] cannot write " + docs + ": " + e.getMessage());
            }
        }
    }
}
