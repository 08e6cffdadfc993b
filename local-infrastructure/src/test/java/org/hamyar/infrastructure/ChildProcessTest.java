package org.hamyar.infrastructure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ChildProcessTest {

    @TempDir
    Path dir;

    @Test
    void kill_ends_a_process_that_ignores_sigterm_and_what_it_started_at_once() {
        ChildProcess stubborn = ChildProcess.start("stubborn", List.of("/bin/sh", "-c",
                        "trap '' TERM; sleep 300 & echo started; wait"),
                Map.of(), dir, dir.resolve("stubborn.log"), false);
        stubborn.awaitLogLine("started", 0, Duration.ofSeconds(30));
        List<ProcessHandle> children = stubborn.handle().descendants().toList();
        assertThat(children).isNotEmpty();

        stubborn.kill();

        assertThat(stubborn.isAlive()).isFalse();
        assertThat(stubborn.awaitExit(Duration.ofSeconds(5))).as("128 + SIGKILL").isEqualTo(137);
        assertThat(children).noneMatch(ProcessHandle::isAlive);
    }
}
