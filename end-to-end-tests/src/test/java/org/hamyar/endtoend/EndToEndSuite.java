package org.hamyar.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.hamyar.infrastructure.PostgresDatabases;
import org.hamyar.infrastructure.suite.Suite;
import org.hamyar.infrastructure.suite.SuiteOptions;
import org.hamyar.infrastructure.testing.PostgresTestResource;

/**
 * The packaged suite on free ports, stopped with the test JVM. Every run starts from nothing:
 * empty {@code *_e2e} databases (with {@code HAMYAR_TEST_DATABASE_SUFFIX} appended when set), a new broker log and a freshly imported realm, so a scenario
 * never meets the leftovers of the previous run.
 */
final class EndToEndSuite {

    private static Suite shared;
    private static TraceCollector traces;

    private EndToEndSuite() {
    }

    /**
     * The one suite of this test JVM, started by the first IT that asks and stopped when the JVM
     * exits (its processes are children of the JVM). The ITs share it, each with its own
     * organisations and users, so that the failsafe run starts Keycloak, Kafka and four services
     * once, not once per IT (a few minutes each on a small machine).
     */
    static synchronized Suite shared() {
        if (shared == null) {
            traces = TraceCollector.start();
            shared = start(traces);
        }
        return shared;
    }

    /** The spans the shared suite's services exported: it runs with traces on, as a deployment with a collector would. */
    static synchronized TraceCollector traces() {
        shared();
        return traces;
    }

    static Suite start(TraceCollector collector) {
        Path workDir = Path.of("target", "e2e-suite").toAbsolutePath();
        SuiteOptions options = SuiteOptions.forTests(workDir, databaseSuffix()).withServiceEnvironment(Map.of(
                "OTEL_EXPORTER_OTLP_ENDPOINT", collector.endpoint(),
                "QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf",
                // exported within a second, so that a test waits for spans no longer than for events
                "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "1s"));
        deleteRecursively(workDir);
        PostgresDatabases.recreate(options.agreementsDatabase());
        PostgresDatabases.recreate(options.beneficiariesDatabase());
        PostgresDatabases.recreate(options.donorsDatabase());
        return Suite.start(options);
    }

    /**
     * {@code _e2e}, and like the modules' test databases (PostgresTestResource) the value of
     * {@code HAMYAR_TEST_DATABASE_SUFFIX} after an underscore, so that two checkouts running the
     * suite on one database server at once do not empty each other's databases.
     */
    private static String databaseSuffix() {
        String own = System.getenv(PostgresTestResource.SUFFIX_VARIABLE);
        if (own == null || own.isBlank()) {
            return "_e2e";
        }
        if (!own.matches("[A-Za-z0-9_]{1,20}")) {
            throw new IllegalArgumentException(PostgresTestResource.SUFFIX_VARIABLE + " must be 1 to 20 letters, digits or underscores");
        }
        return "_e2e_" + own.toLowerCase(Locale.ROOT);
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
