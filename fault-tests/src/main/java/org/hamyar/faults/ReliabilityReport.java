package org.hamyar.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The table {@code case  runs  lost  doubled  5xx  PASS|FAIL}, for the terminal and for docs/reliability.md. */
public final class ReliabilityReport {

    private ReliabilityReport() {
    }

    public static String table(List<CaseResult> results) {
        int width = Math.max(4, results.stream().mapToInt(r -> r.name().length()).max().orElse(4));
        StringBuilder out = new StringBuilder();
        String format = "%-" + width + "s  %9s  %5s  %7s  %5s  %s%n";
        out.append(String.format(format, "case", "runs", "lost", "doubled", "5xx", "PASS|FAIL"));
        for (CaseResult result : results) {
            out.append(String.format(format, result.name(), result.runsCount(), cell(result.lostCount()),
                    cell(result.doubledCount()), result.serverErrors(), result.passed() ? "PASS" : "FAIL"));
        }
        return out.toString();
    }

    private static String cell(long value) {
        return value < 0 ? "-" : String.valueOf(value);
    }

    /** Writes docs/reliability.md: the run's date, machine and options, the table and each case's notes. */
    public static void write(Path file, List<CaseResult> results, String options, String durations) {
        StringBuilder md = new StringBuilder();
        md.append("# Reliability: the last `./hamyar faults` run\n\n");
        md.append("Written by `./hamyar faults` (the fault-tests module; see its README for what each case does and how\n");
        md.append("the columns are counted). Not part of the test command: run it on a quiet machine.\n\n");
        md.append("- **Date:** ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))).append('\n');
        md.append("- **Machine:** ").append(machine()).append('\n');
        md.append("- **Options:** ").append(options).append('\n');
        md.append("- **Took:** ").append(durations).append("\n\n");
        md.append("| case | runs | lost | doubled | 5xx | result |\n|---|---:|---:|---:|---:|---|\n");
        for (CaseResult result : results) {
            md.append("| ").append(result.name()).append(" | ").append(result.runsCount()).append(" | ")
                    .append(cell(result.lostCount())).append(" | ").append(cell(result.doubledCount())).append(" | ")
                    .append(result.serverErrors()).append(" | ").append(result.passed() ? "PASS" : "**FAIL**").append(" |\n");
        }
        md.append("\n`-`: the column does not apply to the case. For hostile input, *lost* counts refused requests that\n");
        md.append("left rows behind (half-written state).\n\n## Notes\n\n");
        for (CaseResult result : results) {
            md.append("### ").append(result.name()).append("\n\n");
            for (String note : result.notes()) {
                md.append("- ").append(note.replace("|", "\\|").replace("\n", " ")).append('\n');
            }
            md.append('\n');
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, md.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String machine() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown host";
        }
        String cpu = "";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip() + ", ").orElse("");
        } catch (IOException | RuntimeException e) {
            // not Linux: the rest says enough
        }
        return host + " (" + cpu + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java " + Runtime.version().feature() + ")";
    }
}
