package org.hamyar.benchmarks.duplicates;

import java.util.List;
import java.util.Set;

import org.hamyar.benchmarks.registry.RegistryRow;

/**
 * Precision, recall and F1 of found pairs against the registry's truth: a pair of rows is a true
 * pair when both rows are the same person.
 */
public record PairCount(long found, long truePositives, long truePairs) {

    /** @param pairs found pairs of row numbers, each as {@link #pair} */
    public static PairCount of(List<RegistryRow> rows, Set<Long> pairs) {
        long tp = pairs.stream().filter(p -> rows.get((int) (p >>> 32)).person() == rows.get((int) (long) p).person()).count();
        return new PairCount(pairs.size(), tp, truePairs(rows));
    }

    /** Both rows of a pair in one long, the lower row first. */
    public static long pair(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    static long truePairs(List<RegistryRow> rows) {
        java.util.Map<Integer, Integer> perPerson = new java.util.HashMap<>();
        rows.forEach(r -> perPerson.merge(r.person(), 1, Integer::sum));
        return perPerson.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
    }

    public double precision() {
        return found == 0 ? 1 : (double) truePositives / found;
    }

    public double recall() {
        return truePairs == 0 ? 1 : (double) truePositives / truePairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
