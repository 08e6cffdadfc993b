package org.hamyar.benchmarks.duplicates;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import org.hamyar.benchmarks.registry.RegistryRow;
import org.hamyar.benchmarks.registry.SyntheticRegistry;
import org.hamyar.beneficiaries.duplicate.DuplicateScorer;
import org.hamyar.beneficiaries.duplicate.Identity;

/**
 * {@code ./hamyar bench duplicates [--rows N] [--seed S] [--baseline-rows M]}: the duplicate
 * finder's precision, recall and F1 on a generated Persian registry of N rows (default 100,000)
 * and its matching time, beside Duke on the same rows and the naive all-pairs baseline on the
 * first M rows (default 10,000; its time grows with the square of the rows). Prints a Markdown
 * table for docs/benchmarks.md.
 */
public final class DuplicateBenchmark {

    private DuplicateBenchmark() {
    }

    public static void main(String[] args) {
        int rows = 100_000;
        long seed = 1403;
        int baselineRows = 10_000;
        boolean duke = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Integer.parseInt(args[++i].replace("_", ""));
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--baseline-rows" -> baselineRows = Integer.parseInt(args[++i].replace("_", ""));
                case "--no-duke" -> duke = false;
                default -> {
                    System.err.println("usage: ./hamyar bench duplicates [--rows N] [--seed S] [--baseline-rows M] [--no-duke]");
                    System.exit(2);
                }
            }
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "duplicate finder benchmark, %s: %d rows, seed %d, %d cores, %d MB max heap, Java %s%n",
                LocalDate.now(), rows, seed, runtime.availableProcessors(), runtime.maxMemory() >> 20,
                System.getProperty("java.version"));

        long start = System.nanoTime();
        List<RegistryRow> registry = new SyntheticRegistry(seed).list(rows);
        List<Identity> identities = RowIdentities.of(registry);
        System.out.printf(Locale.ROOT, "generated and parsed in %s; %d persons, %d true pairs; threshold %.2f%n%n",
                seconds(System.nanoTime() - start), registry.stream().mapToInt(RegistryRow::person).distinct().count(),
                PairCount.truePairs(registry), DuplicateScorer.THRESHOLD);

        System.out.println("| linker | rows | precision | recall | F1 | matching time | comparisons |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        BlockingLinker finder = new BlockingLinker();
        run("Hamyar duplicate finder (blocking keys + scorer)", registry, () -> finder.link(identities),
                () -> String.format(Locale.ROOT, "%,d", finder.comparisons()));
        if (duke) {
            try {
                run("Duke 1.2 (Lucene candidates, Bayesian JW/exact)", registry, () -> DukeLinker.link(identities), () -> "");
            } catch (RuntimeException | LinkageError e) {
                System.out.println("| Duke 1.2 | " + rows + " | did not run: " + e + " | | | | |");
            }
        }
        int m = Math.min(baselineRows, rows);
        List<RegistryRow> sample = registry.subList(0, m);
        List<Identity> sampleIdentities = identities.subList(0, m);
        run("naive all pairs, same scorer", sample, () -> AllPairsLinker.link(sampleIdentities),
                () -> String.format(Locale.ROOT, "%,d", (long) m * (m - 1) / 2));
        BlockingLinker sampleFinder = new BlockingLinker();
        run("Hamyar duplicate finder, same rows", sample, () -> sampleFinder.link(sampleIdentities),
                () -> String.format(Locale.ROOT, "%,d", sampleFinder.comparisons()));
    }

    private static void run(String name, List<RegistryRow> rows, Supplier<Set<Long>> linker, Supplier<String> comparisons) {
        long start = System.nanoTime();
        Set<Long> pairs = linker.get();
        long elapsed = System.nanoTime() - start;
        PairCount count = PairCount.of(rows, pairs);
        System.out.printf(Locale.ROOT, "| %s | %,d | %.4f | %.4f | %.4f | %s | %s |%n", name, rows.size(),
                count.precision(), count.recall(), count.f1(), seconds(elapsed), comparisons.get());
    }

    private static String seconds(long nanos) {
        Duration d = Duration.ofNanos(nanos);
        return String.format(Locale.ROOT, "%.2f s", d.toMillis() / 1000.0);
    }
}
