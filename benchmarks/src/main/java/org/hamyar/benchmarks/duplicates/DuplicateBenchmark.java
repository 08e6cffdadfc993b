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
 * {@code ./hamyar bench duplicates [--rows N] [--seed S] [--duke-rows D] [--baseline-rows M]}: the
 * duplicate finder's precision, recall and F1 on a generated Persian registry of N rows (default
 * 100,000) and its matching time; beside it Duke on the first D rows (default 20,000: its fuzzy
 * Lucene search takes minutes beyond that on two cores) and the naive all-pairs baseline on the
 * first M rows (default 10,000; its time grows with the square of the rows), each next to the
 * finder on the same rows. Prints a Markdown table for docs/benchmarks.md.
 */
public final class DuplicateBenchmark {

    private DuplicateBenchmark() {
    }

    public static void main(String[] args) {
        int rows = 100_000;
        long seed = 1403;
        int baselineRows = 10_000;
        int dukeRows = 20_000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Integer.parseInt(args[++i].replace("_", ""));
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--baseline-rows" -> baselineRows = Integer.parseInt(args[++i].replace("_", ""));
                case "--duke-rows" -> dukeRows = Integer.parseInt(args[++i].replace("_", ""));
                default -> {
                    System.err.println("usage: ./hamyar bench duplicates [--rows N] [--seed S] [--duke-rows D] [--baseline-rows M]");
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

        System.out.flush();
        System.out.println("| linker | rows | precision | recall | F1 | matching time | comparisons |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        BlockingLinker finder = new BlockingLinker();
        run("Hamyar duplicate finder (blocking keys + scorer)", registry, () -> finder.link(identities),
                () -> String.format(Locale.ROOT, "%,d", finder.comparisons()));
        int d = Math.min(dukeRows, rows);
        if (d > 0) {
            List<RegistryRow> dukeSample = registry.subList(0, d);
            List<Identity> dukeIdentities = identities.subList(0, d);
            try {
                run("Duke 1.2 (Lucene fuzzy candidates, Bayesian JW/exact)", dukeSample, () -> DukeLinker.link(dukeIdentities),
                        () -> "");
            } catch (RuntimeException | LinkageError e) {
                System.out.println("| Duke 1.2 | " + d + " | did not run: " + e + " | | | | |");
            }
            BlockingLinker dukeFinder = new BlockingLinker();
            run("Hamyar duplicate finder, same rows", dukeSample, () -> dukeFinder.link(dukeIdentities),
                    () -> String.format(Locale.ROOT, "%,d", dukeFinder.comparisons()));
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

    /** The finder's counts on the first {@code rows} rows of the registry of {@code seed} (./hamyar bench's F1 figure). */
    public static PairCount finderQuality(int rows, long seed) {
        List<RegistryRow> registry = new SyntheticRegistry(seed).list(rows);
        return PairCount.of(registry, new BlockingLinker().link(RowIdentities.of(registry)));
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
