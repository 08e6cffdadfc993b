package org.hamyar.benchmarks.duplicates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.hamyar.beneficiaries.duplicate.BlockingKeys;
import org.hamyar.beneficiaries.duplicate.DuplicateScorer;
import org.hamyar.beneficiaries.duplicate.Identity;

/**
 * The service's duplicate finder in memory: the same blocking keys (hash maps instead of the
 * indexed columns) and the same scorer, each row compared with the rows registered before it, as
 * registrations arrive.
 */
public final class BlockingLinker {

    private final Map<String, List<Integer>> index = new HashMap<>();
    private long comparisons;

    /** The pairs the finder flags among the identities, as {@link PairCount#pair}. */
    public Set<Long> link(List<Identity> identities) {
        Set<Long> pairs = new HashSet<>();
        for (int i = 0; i < identities.size(); i++) {
            Identity identity = identities.get(i);
            Set<Integer> candidates = new HashSet<>();
            BlockingKeys.Lookup lookup = BlockingKeys.lookup(identity);
            Consumer<Set<String>> collect = keys -> keys.forEach(k -> candidates.addAll(index.getOrDefault(k, List.of())));
            collect.accept(lookup.names());
            collect.accept(lookup.last());
            collect.accept(lookup.first());
            collect.accept(lookup.father());
            for (int candidate : candidates) {
                comparisons++;
                if (DuplicateScorer.score(identity, identities.get(candidate)).duplicate()) {
                    pairs.add(PairCount.pair(candidate, i));
                }
            }
            BlockingKeys.Stored stored = BlockingKeys.stored(identity);
            for (String key : new String[] {stored.names(), stored.last(), stored.first(), stored.father()}) {
                if (key != null) {
                    index.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
                }
            }
        }
        return pairs;
    }

    public long comparisons() {
        return comparisons;
    }
}
