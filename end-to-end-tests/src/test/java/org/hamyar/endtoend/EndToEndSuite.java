package org.hamyar.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.hamyar.infrastructure.PostgresDatabases;
import org.hamyar.infrastructure.suite.Suite;
import org.hamyar.infrastructure.suite.SuiteOptions;

/**
 * The packaged suite on free ports, stopped with the test JVM. Every run starts from nothing:
 * empty {@code *_e2e} databases, a new broker log and a freshly imported realm, so a scenario
 * never meets the leftovers of the previous run.
 */
final class EndToEndSuite {

    private EndToEndSuite() {
    }

    static Suite start() {
        Path workDir = Path.of("target", "e2e-suite").toAbsolutePath();
        SuiteOptions options = SuiteOptions.forTests(workDir, "_e2e");
        deleteRecursively(workDir);
        PostgresDatabases.recreate(options.agreementsDatabase());
        PostgresDatabases.recreate(options.beneficiariesDatabase());
        PostgresDatabases.recreate(options.donorsDatabase());
        return Suite.start(options);
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
