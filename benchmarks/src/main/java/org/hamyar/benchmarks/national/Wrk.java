package org.hamyar.benchmarks.national;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code wrk} (with {@code --latency}) against a localhost URL with a Lua script that POSTs
 * JSON bodies picked at random, and reads its summary: requests per second, the 99th percentile,
 * the non-2xx answers and socket errors.
 */
final class Wrk {

    /** What one run measured. */
    record Result(double requestsPerSecond, double p99Millis, double p50Millis, long requests, long non2xx, long socketErrors,
                  String output) {

        /** Answered with 2xx per second. */
        double goodPerSecond() {
            return requests == 0 ? 0 : requestsPerSecond * (requests - non2xx) / requests;
        }
    }

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
    private static final Pattern P99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s|m)");
    private static final Pattern P50 = Pattern.compile("\\s50%\\s+([0-9.]+)(us|ms|s|m)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private final int threads;
    private final int connections;
    private final Path workDir;

    Wrk(int threads, int connections, Path workDir) {
        this.threads = threads;
        this.connections = connections;
        this.workDir = workDir;
    }

    /**
     * POSTs one of {@code bodies} at a time to {@code url} for {@code duration}.
     *
     * @param bearer a token for the Authorization header, or null
     */
    Result post(URI url, List<String> bodies, String bearer, Duration duration) {
        StringBuilder lua = new StringBuilder("local bodies = {\n");
        for (String body : bodies) {
            lua.append("  [==[").append(body).append("]==],\n");
        }
        lua.append("}\nlocal n = #bodies\n");
        return script(url, lua + "request = function()\n  return wrk.format(nil, nil, nil, bodies[math.random(n)])\nend\n",
                bearer, duration);
    }

    /** POSTs what the Lua {@code request} function in {@code requestLua} makes (wrk.method and headers are set here). */
    Result script(URI url, String requestLua, String bearer, Duration duration) {
        requireLocal(url);
        StringBuilder lua = new StringBuilder("-- written by ./hamyar bench\n");
        lua.append("wrk.method = \"POST\"\n")
                .append("wrk.headers[\"Content-Type\"] = \"application/json\"\n")
                .append("wrk.headers[\"Accept\"] = \"application/json\"\n");
        if (bearer != null) {
            lua.append("wrk.headers[\"Authorization\"] = \"Bearer ").append(bearer).append("\"\n");
        }
        lua.append(requestLua);
        try {
            Files.createDirectories(workDir);
            Path script = Files.createTempFile(workDir, "wrk-", ".lua");
            Files.writeString(script, lua);
            try {
                return run(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + duration.toSeconds() + "s",
                        "--timeout", "10s", "--latency", "-s", script.toString(), url.toString()), duration);
            } finally {
                Files.deleteIfExists(script);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Result run(List<String> command, Duration duration) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!process.waitFor(duration.toSeconds() + 30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("wrk did not finish in " + (duration.toSeconds() + 30) + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        String out = new String(process.getInputStream().readAllBytes());
        Matcher rate = RATE.matcher(out);
        Matcher total = TOTAL.matcher(out);
        if (process.exitValue() != 0 || !rate.find() || !total.find()) {
            throw new IllegalStateException("wrk failed (exit " + process.exitValue() + "):\n" + out);
        }
        long socketErrors = 0;
        Matcher socket = SOCKET.matcher(out);
        if (socket.find()) {
            for (int i = 1; i <= 4; i++) {
                socketErrors += Long.parseLong(socket.group(i));
            }
        }
        Matcher non2xx = NON_2XX.matcher(out);
        return new Result(Double.parseDouble(rate.group(1)), millis(P99, out), millis(P50, out),
                Long.parseLong(total.group(1)), non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0, socketErrors, out);
    }

    private static double millis(Pattern pattern, String out) {
        Matcher m = pattern.matcher(out);
        if (!m.find()) {
            return Double.NaN;
        }
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> v / 1000;
            case "s" -> v * 1000;
            case "m" -> v * 60_000;
            default -> v;
        };
    }

    /** Load tools of this project target only this machine. */
    static void requireLocal(URI url) {
        String host = url.getHost();
        if (!"localhost".equals(host) && !"127.0.0.1".equals(host)) {
            throw new IllegalArgumentException("./hamyar bench loads localhost only, not " + url);
        }
    }
}
