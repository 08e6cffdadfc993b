package org.hamyar.infrastructure.suite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AotCacheTest {

    @TempDir
    Path app;

    private Path packaged(Instant builtAt) throws IOException {
        Path jar = Files.writeString(app.resolve("quarkus-run.jar"), "jar");
        Path lib = Files.createDirectories(app.resolve("lib/main")).resolve("dependency.jar");
        Files.writeString(lib, "dependency");
        Files.setLastModifiedTime(jar, FileTime.from(builtAt));
        Files.setLastModifiedTime(lib, FileTime.from(builtAt));
        return jar;
    }

    private Path cacheWrittenAt(Instant at) throws IOException {
        Path cache = Files.writeString(app.resolve(AotCache.FILE_NAME), "cache");
        Files.setLastModifiedTime(cache, FileTime.from(at));
        return cache;
    }

    @Test
    void withoutACacheAServiceThatMayTrainRecordsOne() throws IOException {
        Path jar = packaged(Instant.parse("2026-11-29T10:00:00Z"));

        assertThat(AotCache.options(jar, 25, true)).containsExactly("-XX:AOTCacheOutput=" + app.resolve("app.aot"));
        assertThat(AotCache.isTraining(AotCache.options(jar, 25, true))).isTrue();
        assertThat(AotCache.options(jar, 25, false)).isEmpty();
    }

    @Test
    void aCacheNewerThanTheApplicationIsUsedAndNotRecordedAgain() throws IOException {
        Path jar = packaged(Instant.parse("2026-11-29T10:00:00Z"));
        Path cache = cacheWrittenAt(Instant.parse("2026-11-29T10:05:00Z"));

        assertThat(AotCache.options(jar, 25, true)).containsExactly("-XX:AOTCache=" + cache);
        assertThat(AotCache.options(jar, 25, false)).containsExactly("-XX:AOTCache=" + cache);
        assertThat(AotCache.isTraining(AotCache.options(jar, 25, true))).isFalse();
    }

    @Test
    void aCacheOlderThanAnyFileOfTheApplicationIsStale() throws IOException {
        Path jar = packaged(Instant.parse("2026-11-29T10:00:00Z"));
        cacheWrittenAt(Instant.parse("2026-11-29T10:05:00Z"));
        // a rebuild that changed one dependency only
        Files.setLastModifiedTime(app.resolve("lib/main/dependency.jar"), FileTime.from(Instant.parse("2026-11-29T11:00:00Z")));

        assertThat(AotCache.isCurrent(app.resolve(AotCache.FILE_NAME))).isFalse();
        assertThat(AotCache.options(jar, 25, true)).containsExactly("-XX:AOTCacheOutput=" + app.resolve("app.aot"));
        assertThat(AotCache.options(jar, 25, false)).isEmpty();
    }

    @Test
    void aJvmOlderThan25GetsNoCacheOptions() throws IOException {
        Path jar = packaged(Instant.parse("2026-11-29T10:00:00Z"));
        cacheWrittenAt(Instant.parse("2026-11-29T10:05:00Z"));

        assertThat(AotCache.options(jar, 21, true)).isEmpty();
        assertThat(AotCache.options(jar, 24, false)).isEmpty();
    }
}
