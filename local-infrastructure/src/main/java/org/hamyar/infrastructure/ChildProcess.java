package org.hamyar.infrastructure;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A child process whose output goes to a log file, never to the caller's stdout.
 *
 * <p>Every process is stopped, with its descendants, when this JVM exits: a test run must never
 * leave a broker or a Keycloak behind. The launcher's {@code up} starts its processes detached
 * (in their own session, so closing the terminal does not hang them up) and, once the whole
 * suite is ready, {@linkplain #release releases} them: only then do they outlive this JVM.
 */
public final class ChildProcess {

    private static final Set<ChildProcess> OWNED = ConcurrentHashMap.newKeySet();
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(15);

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> stopAll(List.copyOf(OWNED), SHUTDOWN_GRACE), "hamyar-child-processes-shutdown"));
    }

    private final String name;
    private final Process process;
    private final Path logFile;

    private ChildProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    /**
     * Starts {@code command} in {@code workDir}, appending its stdout and stderr to {@code logFile}.
     * The environment is ours plus {@code environment}, where a null value removes a variable.
     *
     * @param detached true to start the process in its own session, ready to be {@linkplain #release released}
     */
    public static ChildProcess start(String name, List<String> command, Map<String, String> environment,
                                     Path workDir, Path logFile, boolean detached) {
        try {
            Files.createDirectories(workDir);
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            List<String> fullCommand = new ArrayList<>();
            if (detached && Files.isExecutable(Path.of("/usr/bin/setsid"))) {
                // a new session: closing the terminal that ran ./hamyar up does not hang up the suite
                fullCommand.add("/usr/bin/setsid");
            }
            fullCommand.addAll(command);
            ProcessBuilder builder = new ProcessBuilder(fullCommand)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            File devNull = new File("/dev/null");
            if (devNull.exists()) {
                builder.redirectInput(ProcessBuilder.Redirect.from(devNull));
            }
            environment.forEach((variable, value) -> {
                if (value == null) {
                    builder.environment().remove(variable);
                } else {
                    builder.environment().put(variable, value);
                }
            });
            ChildProcess child = new ChildProcess(name, builder.start(), logFile);
            OWNED.add(child);
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + String.join(" ", command), e);
        }
    }

    /** Lets the process with this pid outlive this JVM: it is no longer stopped at exit. */
    public static void release(long pid) {
        OWNED.removeIf(child -> child.pid() == pid);
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path logFile() {
        return logFile;
    }

    /** The log's size now: pass it to {@link #awaitLogLine} to look only at what comes after. */
    public static long logSize(Path logFile) {
        try {
            return Files.exists(logFile) ? Files.size(logFile) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the log, from byte {@code fromOffset} on, contains {@code marker}. */
    public void awaitLogLine(String marker, long fromOffset, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            if (readFrom(fromOffset).contains(marker)) {
                return;
            }
            failIfDeadOrLate(deadline, timeout, "\"" + marker + "\" in its log");
            sleep(Duration.ofMillis(200));
        }
    }

    /** Waits until a GET of {@code url} answers 200. */
    public void awaitHttpOk(URI url, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            if (answersOk(client, url)) {
                return;
            }
            failIfDeadOrLate(deadline, timeout, "200 from " + url);
            sleep(Duration.ofMillis(500));
        }
    }

    static boolean answersOk(HttpClient client, URI url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).GET().build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + url, e);
        }
    }

    private void failIfDeadOrLate(Instant deadline, Duration timeout, String awaited) {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with code " + process.exitValue()
                    + " before " + awaited + "; last lines of " + logFile + ":\n" + logTail(40));
        }
        if (Instant.now().isAfter(deadline)) {
            throw new IllegalStateException(name + " did not give " + awaited + " within "
                    + timeout.toSeconds() + " s; last lines of " + logFile + ":\n" + logTail(40));
        }
    }

    /** Waits for the process to end; returns its exit code. Kills it when it takes longer than {@code timeout}. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                stop(Duration.ofSeconds(5));
                throw new IllegalStateException(name + " did not finish within " + timeout.toSeconds()
                        + " s; last lines of " + logFile + ":\n" + logTail(40));
            }
            OWNED.remove(this);
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        }
    }

    /** The last {@code lines} lines of the log, to put in a failure message. */
    public String logTail(int lines) {
        return tail(logFile, lines);
    }

    public static String tail(Path logFile, int lines) {
        if (!Files.exists(logFile)) {
            return "(no log at " + logFile + ")";
        }
        long size = logSize(logFile);
        String text = readFrom(logFile, Math.max(0, size - 64 * 1024));
        List<String> all = text.lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private String readFrom(long offset) {
        return readFrom(logFile, offset);
    }

    private static String readFrom(Path file, long offset) {
        if (!Files.exists(file)) {
            return "";
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            if (offset >= length) {
                return "";
            }
            byte[] bytes = new byte[(int) Math.min(length - offset, 16 * 1024 * 1024)];
            in.seek(offset);
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the process and everything it started (SIGTERM, then SIGKILL after {@code grace}). */
    public void stop(Duration grace) {
        OWNED.remove(this);
        stopTree(process.toHandle(), grace);
    }

    /**
     * Kills the process and everything it started with SIGKILL, at once — a crash, not a shutdown:
     * no shutdown hooks run, nothing is flushed — and waits until they are gone.
     */
    public void kill() {
        OWNED.remove(this);
        List<ProcessHandle> all = new ArrayList<>();
        process.toHandle().descendants().forEach(all::add);
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(name + " (pid " + handle.pid() + ") is still running after SIGKILL", e);
            }
        }
    }

    /** Stops a process tree that this JVM may not have started itself (the launcher's {@code down}). */
    public static void stopTree(ProcessHandle root, Duration grace) {
        stopHandles(List.of(root), grace);
    }

    private static void stopAll(Collection<ChildProcess> children, Duration grace) {
        OWNED.removeAll(children);
        stopHandles(children.stream().map(child -> child.process.toHandle()).toList(), grace);
    }

    private static void stopHandles(List<ProcessHandle> roots, Duration grace) {
        // collected first: once a parent is gone its children are re-parented and no longer found
        List<ProcessHandle> all = new ArrayList<>();
        for (ProcessHandle root : roots) {
            root.descendants().forEach(all::add);
            all.add(root);
        }
        all.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plus(grace);
        for (ProcessHandle handle : all) {
            Duration left = Duration.between(Instant.now(), deadline);
            if (!left.isNegative()) {
                try {
                    handle.onExit().get(left.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (Exception stillRunning) {
                    // forced below
                }
            }
        }
        all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                // nothing more we can do; the caller's next start reports the port as taken
            }
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public String toString() {
        return name + " (pid " + pid() + ")";
    }
}
