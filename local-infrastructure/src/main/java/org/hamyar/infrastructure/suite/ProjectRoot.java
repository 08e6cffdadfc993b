package org.hamyar.infrastructure.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** The checkout's root: the directory of the reactor pom whose own artifactId is {@code hamyar}. */
public final class ProjectRoot {

    private static final Pattern PARENT = Pattern.compile("<parent>.*?</parent>", Pattern.DOTALL);

    private ProjectRoot() {
    }

    /** Walks up from the working directory; the system property {@code hamyar.root} overrides. */
    public static Path find() {
        String configured = System.getProperty("hamyar.root");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path start = Path.of("").toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (isRoot(dir)) {
                return dir;
            }
        }
        throw new IllegalStateException("no Hamyar checkout (a pom.xml with <artifactId>hamyar</artifactId>) in "
                + start + " or above it; run from the repository or set -Dhamyar.root=<dir>");
    }

    static boolean isRoot(Path dir) {
        Path pom = dir.resolve("pom.xml");
        if (!Files.isRegularFile(pom)) {
            return false;
        }
        try {
            // every module names hamyar as its parent; only the root has it as its own artifactId
            String own = PARENT.matcher(Files.readString(pom)).replaceAll("");
            return own.contains("<artifactId>hamyar</artifactId>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
