package org.hamyar.beneficiaries.imports;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code hamyar.imports.*}: registry imports (docs/product.md §4 "Imports"). */
@ConfigMapping(prefix = "hamyar.imports")
public interface ImportsConfig {

    /** Most rows one file may have (beyond: 413); the bytes are bounded by {@code quarkus.http.limits.max-body-size}. */
    @WithDefault("100000")
    int maxRows();

    /** About how many rows one chunk (one transaction) writes; households are never split. */
    @WithDefault("1000")
    int chunkRows();

    /**
     * How long a worker holds a job without committing a chunk before another replica may take it
     * over (a crashed worker's job resumes after this).
     */
    @WithDefault("60s")
    Duration lease();

    /** How often each replica's worker looks for a job; read by the {@code @Scheduled} expression of ImportWorker. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Whether this replica runs import jobs; uploads are accepted either way. */
    @WithDefault("true")
    boolean workerEnabled();

    /** Claims of one job (worker crashes included) before it is given up as FAILED. */
    @WithDefault("5")
    int maxAttempts();
}
