package org.hamyar.infrastructure.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The JDK's ahead-of-time cache of a packaged service (JEP 483, 514, 515; Java 25 or newer):
 * the classes a service loads and links while it starts, and the profiles of its hot methods,
 * stored next to its {@code quarkus-run.jar} as {@code app.aot} (docs/benchmarks.md, "Design
 * choices the numbers drove").
 *
 * <p>A run without a current cache is a training run ({@code -XX:AOTCacheOutput}): the JVM
 * records what it loads and writes the cache when it exits normally, that is when the suite
 * stops it. Later runs start from the cache ({@code -XX:AOTCache}). A cache older than any file
 * of the packaged application is not used (the next run trains again), and the JVM itself refuses
 * a cache whose classpath or options do not match, starting as if there were none, so a stale or
 * broken cache costs time, never correctness.
 */
final class AotCache {

    /** The first Java release whose JVM takes {@code -XX:AOTCacheOutput} (one-step training). */
    static final int FIRST_RELEASE = 25;
    static final String FILE_NAME = "app.aot";
    /**
     * How long a training service may take to stop: after its shutdown the JVM assembles the cache
     * in a child JVM and waits for it (some seconds on an idle machine, minutes on a loaded one).
     */
    static final Duration ASSEMBLY_GRACE = Duration.ofMinutes(3);
    private static final String TRAINING = "-XX:AOTCacheOutput=";

    private AotCache() {
    }

    /**
     * The JVM options of one instance of the service packaged at {@code jar}: start from its cache
     * when it is current, otherwise train one when {@code mayTrain} (only one instance of a
     * service may write the file), otherwise none.
     */
    static List<String> options(Path jar, int javaRelease, boolean mayTrain) {
        if (javaRelease < FIRST_RELEASE) {
            return List.of();
        }
        Path cache = jar.resolveSibling(FILE_NAME);
        if (isCurrent(cache)) {
            return List.of("-XX:AOTCache=" + cache);
        }
        return mayTrain ? List.of(TRAINING + cache) : List.of();
    }

    /** Whether {@link #options} made a training run. */
    static boolean isTraining(List<String> options) {
        return options.stream().anyMatch(option -> option.startsWith(TRAINING));
    }

    /** Whether the cache exists and is newer than every other file of the packaged application. */
    static boolean isCurrent(Path cache) {
        if (!Files.isRegularFile(cache)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(cache.getParent())) {
            FileTime written = Files.getLastModifiedTime(cache);
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.equals(cache))
                    .allMatch(file -> lastModified(file).compareTo(written) <= 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
