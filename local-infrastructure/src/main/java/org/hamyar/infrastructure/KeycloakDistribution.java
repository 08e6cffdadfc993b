package org.hamyar.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Keycloak distribution, unpacked once per machine into a cache, and the small per-instance
 * "home" directories that run it.
 *
 * <p>An instance home holds its own copies of everything Keycloak writes — {@code lib/quarkus}
 * (the build it re-augments on its first start), {@code conf} and {@code data} (the H2 database
 * and the realm to import) — and links the 170 MB of read-only jars in {@code lib/lib}. So
 * parallel test JVMs never share a file Keycloak writes. The first instance's augmented
 * {@code lib/quarkus} is kept in the cache, which spares later instances about 25 s.
 */
final class KeycloakDistribution {

    private static final String REALM_RESOURCE = "/keycloak/hamyar-realm.json";

    private KeycloakDistribution() {
    }

    /** Makes {@code home} a runnable Keycloak home; returns true when it starts from a cached build. */
    static boolean prepareHome(Path home) {
        Path dist = unpacked();
        try {
            Files.createDirectories(home.resolve("bin"));
            Files.createDirectories(home.resolve("lib"));
            // kc.sh derives kc.home.dir from its own location, so it must be a copy, not a link
            copyIfMissing(dist.resolve("bin/kc.sh"), home.resolve("bin/kc.sh"));
            makeExecutable(home.resolve("bin/kc.sh"));
            copyIfMissing(dist.resolve("conf"), home.resolve("conf"));
            copyIfMissing(dist.resolve("themes"), home.resolve("themes"));
            copyIfMissing(dist.resolve("providers"), home.resolve("providers"));
            copyIfMissing(dist.resolve("lib/app"), home.resolve("lib/app"));
            copyIfMissing(dist.resolve("lib/quarkus-run.jar"), home.resolve("lib/quarkus-run.jar"));
            Path jars = home.resolve("lib/lib");
            if (!Files.exists(jars, java.nio.file.LinkOption.NOFOLLOW_LINKS) || !Files.isDirectory(jars)) {
                Files.deleteIfExists(jars);
                Files.createSymbolicLink(jars, dist.resolve("lib/lib"));
            }
            boolean cachedBuild = false;
            Path build = home.resolve("lib/quarkus");
            if (!Files.isDirectory(build)) {
                Path augmented = augmentedBuildCache();
                cachedBuild = Files.isDirectory(augmented);
                copyTree(cachedBuild ? augmented : dist.resolve("lib/quarkus"), build);
            }
            Path realm = Files.createDirectories(home.resolve("data/import")).resolve("hamyar-realm.json");
            try (InputStream in = KeycloakDistribution.class.getResourceAsStream(REALM_RESOURCE)) {
                Files.copy(in, realm, StandardCopyOption.REPLACE_EXISTING);
            }
            return cachedBuild;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare a Keycloak home in " + home, e);
        }
    }

    /** Keeps the build a started instance made, for the next instances on this machine. */
    static void rememberBuild(Path home) {
        Path augmented = augmentedBuildCache();
        if (Files.isDirectory(augmented)) {
            return;
        }
        try {
            Path staging = augmented.resolveSibling(augmented.getFileName() + ".tmp-" + UUID.randomUUID());
            copyTree(home.resolve("lib/quarkus"), staging);
            publish(staging, augmented);
        } catch (IOException e) {
            // only an optimisation: the next instance builds for itself
        }
    }

    /** The unpacked distribution; unpacks it on first use (atomically: parallel JVMs may race). */
    static Path unpacked() {
        Path target = cacheDir().resolve("keycloak-" + BuildOutputs.keycloakVersion());
        if (Files.isDirectory(target)) {
            return target;
        }
        Path zip = BuildOutputs.keycloakDistZip();
        Path staging = target.resolveSibling(target.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            unzip(zip, staging);
            try (Stream<Path> scripts = Files.list(staging.resolve("bin"))) {
                for (Path script : scripts.filter(p -> p.toString().endsWith(".sh")).toList()) {
                    makeExecutable(script);
                }
            }
            publish(staging, target);
            return target;
        } catch (IOException e) {
            deleteTree(staging);
            throw new UncheckedIOException("cannot unpack " + zip + " into " + target, e);
        }
    }

    static Path cacheDir() {
        String configured = System.getenv("HAMYAR_CACHE");
        Path dir = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "hamyar");
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the cache directory " + dir + " (set HAMYAR_CACHE)", e);
        }
    }

    private static Path augmentedBuildCache() {
        return cacheDir().resolve("keycloak-" + BuildOutputs.keycloakVersion() + "-start-dev-build");
    }

    private static void publish(Path staging, Path target) throws IOException {
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // another JVM published the same content first (rename onto a non-empty directory fails)
            deleteTree(staging);
            if (!Files.isDirectory(target)) {
                throw e;
            }
        }
    }

    /** Unzips without the archive's top directory ({@code keycloak-<version>/}). */
    private static void unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path out = target.resolve(name.substring(slash + 1)).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("zip entry outside the target directory: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    try (InputStream in = archive.getInputStream(entry)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    private static void copyIfMissing(Path source, Path target) throws IOException {
        if (!Files.exists(target)) {
            copyTree(source, target);
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path out = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(path, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void makeExecutable(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException notPosix) {
            file.toFile().setExecutable(true);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // Files.walk does not follow links: a home's lib/lib link is removed, never the cache behind it
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
