package org.hamyar.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.MemorySize;

/** Which paths keep the service's large body limit ({@code hamyar.http.large-body-paths}). */
class BodyLimitPathsTest {

    private final BodyLimitProblem limits = new BodyLimitProblem(null, null, Optional.empty(), Optional.empty(),
            Optional.of(List.of("/api/imports", "/api/uploads/")), false, new MemorySize(BigInteger.valueOf(10_240)));

    @Test
    void aLargeBodyPathAndWhatLiesBelowItKeepTheLargeLimit() {
        assertThat(limits.isLargeBodyPath("/api/imports")).isTrue();
        assertThat(limits.isLargeBodyPath("/api/imports/")).isTrue();
        assertThat(limits.isLargeBodyPath("/api/imports/5/rows")).isTrue();
        assertThat(limits.isLargeBodyPath("/api/uploads/x")).isTrue();
    }

    @Test
    void onlyWholeSegmentsMatch() {
        assertThat(limits.isLargeBodyPath("/api/importsx")).isFalse();
        assertThat(limits.isLargeBodyPath("/api/persons")).isFalse();
        assertThat(limits.isLargeBodyPath("/api")).isFalse();
        assertThat(limits.isLargeBodyPath("/")).isFalse();
    }
}
