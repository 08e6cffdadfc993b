package org.hamyar.infrastructure.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Work directories of the per-JVM servers: removed when the JVM exits, after their server stopped. */
final class TemporaryDirectories {

    private TemporaryDirectories() {
    }

    static Path create(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory", e);
        }
    }

    /** At exit: runs {@code stopServer} (it must wait for the process to end), then deletes {@code dir}. */
    static void deleteOnExit(Path dir, Runnable stopServer) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                stopServer.run();
            } finally {
                delete(dir);
            }
        }, "hamyar-delete-" + dir.getFileName()));
    }

    private static void delete(Path dir) {
        // Files.walk does not follow symbolic links: Keycloak's link to the shared jars is removed, not followed
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a leftover directory in the temporary directory is harmless
        }
    }
}
