package org.hamyar.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.hamyar.faults.delivery.DeliveryCases;
import org.hamyar.faults.hostile.HostileInputCase;
import org.hamyar.faults.races.RaceCases;
import org.hamyar.infrastructure.PostgresDatabases;
import org.hamyar.infrastructure.suite.ProjectRoot;
import org.hamyar.infrastructure.suite.Suite;
import org.hamyar.infrastructure.suite.SuiteOptions;

/**
 * {@code ./hamyar faults [--quick] [--requests N] [--minutes M] [--writes W] [--cases races,hostile,broker-down,kill] [--seed S]}:
 * starts the packaged suite on free ports with its own databases ({@code *_faults}, or
 * {@code *_faults_<suffix>} with {@code HAMYAR_TEST_DATABASE_SUFFIX}; emptied first, with the demo
 * data), runs the cases, prints the table and writes docs/reliability.md, and stops
 * everything it started — also when a case fails or the run is interrupted. Only localhost.
 */
public final class FaultRun {

    /** The numbers: 10,000 requests per operation; the time bound keeps a 2-core run finite. */
    static final int REQUESTS = 10_000;
    static final int QUICK_REQUESTS = 150;
    static final Duration BUDGET = Duration.ofHours(3);
    static final Duration QUICK_BUDGET = Duration.ofMinutes(20);
    /** The number of writes under a broker outage and under kill -9; a tenth with --quick. */
    static final int WRITES = 10_000;
    static final int QUICK_WRITES = 1_000;
    static final List<String> CASES = List.of("races", "hostile", "broker-down", "kill");
    /**
     * {@code _faults}, and like the modules' test databases the value of {@code HAMYAR_TEST_DATABASE_SUFFIX}
     * after an underscore: two checkouts running the tool on one database server keep apart.
     */
    static final String SUFFIX_VARIABLE = "HAMYAR_TEST_DATABASE_SUFFIX";
    static final String DATABASE_SUFFIX = databaseSuffix();

    record Options(int requests, Duration budget, int writes, List<String> cases, long seed, boolean quick, int replicas) {

        static Options parse(String... args) {
            boolean quick = false;
            Integer requests = null;
            Duration budget = null;
            Integer writes = null;
            List<String> cases = CASES;
            long seed = 20_261_129L;
            int replicas = 1;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--quick" -> quick = true;
                    case "--requests" -> requests = positive(args, ++i);
                    case "--minutes" -> budget = Duration.ofMinutes(positive(args, ++i));
                    case "--writes" -> writes = positive(args, ++i);
                    case "--cases" -> cases = List.of(value(args, ++i).toLowerCase(Locale.ROOT).split(","));
                    case "--seed" -> seed = Long.parseLong(value(args, ++i));
                    case "--replicas" -> replicas = positive(args, ++i);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + "; usage: ./hamyar faults [--quick] [--requests N] [--minutes M] [--writes W]"
                            + " [--cases races,hostile,broker-down,kill] [--seed S] [--replicas N]");
                }
            }
            for (String name : cases) {
                if (!CASES.contains(name)) {
                    throw new IllegalArgumentException("no case " + name + "; the cases are " + String.join(", ", CASES));
                }
            }
            return new Options(requests != null ? requests : quick ? QUICK_REQUESTS : REQUESTS,
                    budget != null ? budget : quick ? QUICK_BUDGET : BUDGET,
                    writes != null ? writes : quick ? QUICK_WRITES : WRITES, cases, seed, quick, replicas);
        }

        private static String value(String[] args, int i) {
            if (i >= args.length) {
                throw new IllegalArgumentException(args[i - 1] + " needs a value");
            }
            return args[i];
        }

        private static int positive(String[] args, int i) {
            int value = Integer.parseInt(value(args, i));
            if (value < 1) {
                throw new IllegalArgumentException(args[i - 1] + " must be 1 or more");
            }
            return value;
        }

        String describe() {
            return (quick ? "--quick: " : "") + requests + " requests per operation, at most " + budget.toMinutes()
                    + " minutes of hostile input, " + writes + " writes per delivery case, cases " + String.join(",", cases)
                    + ", seed " + seed + (replicas > 1 ? ", " + replicas + " instances of each service" : "");
        }
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("hamyar faults: " + e.getMessage());
            System.exit(2);
            return;
        }
        Path root = ProjectRoot.find();
        Path workDir = root.resolve("fault-tests/target/faults-suite");
        SuiteOptions suiteOptions = new SuiteOptions(workDir, 0, 0, 0, 0, 0, 0,
                "agreements" + DATABASE_SUFFIX, "beneficiaries" + DATABASE_SUFFIX, "donors" + DATABASE_SUFFIX, true, false,
                options.replicas());

        long started = System.nanoTime();
        List<CaseResult> results = new ArrayList<>();
        StringBuilder durations = new StringBuilder();
        System.out.println("hamyar faults: " + options.describe());
        Suite suite = start(suiteOptions);
        Thread stopper = new Thread(suite::close, "stop-suite");
        Runtime.getRuntime().addShutdownHook(stopper);
        int exit = 0;
        try (RowCounts rows = new RowCounts(List.of(suiteOptions.agreementsDatabase(),
                suiteOptions.beneficiariesDatabase(), suiteOptions.donorsDatabase()))) {
            Http http = new Http(suite.keycloak());
            if (options.cases().contains("races")) {
                long at = System.nanoTime();
                results.addAll(new RaceCases(suite, http, rows, options.quick()).run());
                durations.append("races ").append(seconds(at)).append(" s; ");
            }
            if (options.cases().contains("hostile")) {
                long at = System.nanoTime();
                results.addAll(new HostileInputCase(suite, http, rows, options.requests(), options.budget(), options.seed()).run());
                durations.append("hostile input ").append(seconds(at)).append(" s; ");
            }
            DeliveryCases delivery = new DeliveryCases(suite, http, options.writes(), options.quick(), options.seed());
            if (options.cases().contains("broker-down")) {
                long at = System.nanoTime();
                results.add(delivery.brokerDown());
                durations.append("broker-down ").append(seconds(at)).append(" s; ");
            }
            if (options.cases().contains("kill")) {
                long at = System.nanoTime();
                results.add(delivery.kill());
                durations.append("kill ").append(seconds(at)).append(" s; ");
            }
        } catch (RuntimeException e) {
            CaseResult failed = new CaseResult("the run itself");
            failed.broken(e.toString());
            results.add(failed);
            e.printStackTrace();
            exit = 1;
        } finally {
            suite.close();
            Runtime.getRuntime().removeShutdownHook(stopper);
        }
        durations.append("in all ").append(seconds(started)).append(" s with the suite's start");
        String table = ReliabilityReport.table(results);
        System.out.println();
        System.out.print(table);
        results.forEach(result -> result.notes().stream().filter(n -> n.startsWith("FAILED") || n.startsWith("5xx")
                || n.startsWith("half")).forEach(n -> System.out.println("  " + result.name() + ": " + n)));
        Path report = root.resolve("docs/reliability.md");
        ReliabilityReport.write(report, results, options.describe(), durations.toString());
        System.out.println("written to " + root.relativize(report));
        boolean passed = results.stream().allMatch(CaseResult::passed);
        System.exit(exit != 0 ? exit : passed ? 0 : 1);
    }

    /** The suite; up to three tries when it does not come up in time (Keycloak on a busy machine). */
    private static Suite start(SuiteOptions options) {
        for (int attempt = 1; ; attempt++) {
            try {
                return Suite.start(fresh(options));
            } catch (RuntimeException e) {
                if (attempt == 3) {
                    throw e;
                }
                String why = String.valueOf(e.getMessage());
                System.out.println("[faults] the suite did not start (" + why.substring(0, Math.min(300, why.length()))
                        + "…); trying again");
            }
        }
    }

    /** Nothing left from an earlier run: empty databases, no broker log, no Keycloak home. */
    private static SuiteOptions fresh(SuiteOptions options) {
        deleteRecursively(options.workDir());
        PostgresDatabases.recreate(options.agreementsDatabase());
        PostgresDatabases.recreate(options.beneficiariesDatabase());
        PostgresDatabases.recreate(options.donorsDatabase());
        return options;
    }

    private static String databaseSuffix() {
        String own = System.getenv(SUFFIX_VARIABLE);
        if (own == null || own.isBlank()) {
            return "_faults";
        }
        if (!own.matches("[A-Za-z0-9_]{1,20}")) {
            throw new IllegalArgumentException(SUFFIX_VARIABLE + " must be 1 to 20 letters, digits or underscores");
        }
        return "_faults_" + own.toLowerCase(Locale.ROOT);
    }

    private static long seconds(long since) {
        return Duration.ofNanos(System.nanoTime() - since).toSeconds();
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
