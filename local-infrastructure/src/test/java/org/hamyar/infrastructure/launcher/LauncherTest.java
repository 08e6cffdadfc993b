package org.hamyar.infrastructure.launcher;

import org.hamyar.infrastructure.ChildProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The launcher's commands that need no running suite (up itself is Suite's, see SuiteTest). */
class LauncherTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final Launcher launcher() {
        return new Launcher(root, new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    @Test
    void down_stops_the_processes_of_the_pid_file_with_their_children_and_is_idempotent() throws Exception {
        // a parent that starts a child, as kc.sh starts Keycloak's JVM
        ChildProcess parent = ChildProcess.start("keycloak", List.of("/bin/sh", "-c", "sleep 300 & wait"),
                Map.of(), root, root.resolve("parent.log"), true);
        ChildProcess.release(parent.pid());
        ProcessHandle handle = parent.handle();
        awaitChild(handle);
        ProcessHandle child = handle.children().findFirst().orElseThrow();
        Launcher.PidEntry.write(root.resolve(".hamyar/pids"), List.of(
                new Launcher.PidEntry("keycloak", parent.pid(), handle.info().startInstant().orElseThrow())));

        assertThat(launcher().run(new String[] {"down"})).isZero();

        assertThat(handle.isAlive()).isFalse();
        assertThat(child.isAlive()).as("the child went with its parent").isFalse();
        assertThat(root.resolve(".hamyar/pids")).doesNotExist();
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("stopped keycloak (pid " + parent.pid() + ")");

        assertThat(launcher().run(new String[] {"down"})).isZero();
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("nothing to stop");
    }

    @Test
    void down_leaves_alone_a_process_that_merely_reuses_a_recorded_pid() {
        ProcessHandle self = ProcessHandle.current();
        Instant otherStart = self.info().startInstant().orElseThrow().minusSeconds(3600);
        Launcher.PidEntry.write(root.resolve(".hamyar/pids"), List.of(new Launcher.PidEntry("gateway", self.pid(), otherStart)));

        assertThat(launcher().run(new String[] {"down"})).isZero();

        assertThat(self.isAlive()).isTrue();
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("gateway (pid " + self.pid() + ") was not running");
    }

    @Test
    void the_pid_file_round_trips() {
        Path file = root.resolve(".hamyar/pids");
        List<Launcher.PidEntry> entries = List.of(
                new Launcher.PidEntry("kafka", 100, Instant.ofEpochMilli(1_700_000_000_000L)),
                new Launcher.PidEntry("gateway", 105, Instant.ofEpochMilli(1_700_000_060_000L)));

        Launcher.PidEntry.write(file, entries);

        assertThat(Launcher.PidEntry.read(file)).isEqualTo(entries);
    }

    @Test
    void status_without_a_suite_says_so() {
        assertThat(launcher().run(new String[] {"status"})).isEqualTo(3);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("not running");
    }

    @Test
    void up_refuses_while_the_recorded_suite_still_runs() {
        ProcessHandle self = ProcessHandle.current();
        Launcher.PidEntry.write(root.resolve(".hamyar/pids"),
                List.of(new Launcher.PidEntry("kafka", self.pid(), self.info().startInstant().orElseThrow())));

        assertThatThrownBy(() -> launcher().run(new String[] {"up"}))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already running (kafka pid " + self.pid() + ")");
    }

    @Test
    void add_user_wants_a_username_an_organisation_id_and_roles() {
        assertThat(launcher().run(new String[] {"add-user", "someone"})).isEqualTo(2);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("usage: hamyar");
        assertThatThrownBy(() -> launcher().run(new String[] {"add-user", "someone", "not-a-uuid", "officer"}))
                .hasMessageContaining("not an organisation id");
    }

    @Test
    void up_wants_a_replica_count_from_one_to_four() {
        assertThatThrownBy(() -> launcher().run(new String[] {"up", "--replicas", "9"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 1 to 4");
        assertThatThrownBy(() -> launcher().run(new String[] {"up", "--replicas=two"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not two");
        assertThatThrownBy(() -> launcher().run(new String[] {"up", "--fast"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--fast");
    }

    @Test
    void an_unknown_command_prints_the_usage() {
        assertThat(launcher().run(new String[] {"launch"})).isEqualTo(2);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("hamyar up", "hamyar down", "hamyar status", "hamyar add-user");
    }

    private static void awaitChild(ProcessHandle parent) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (parent.children().findAny().isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
    }
}
