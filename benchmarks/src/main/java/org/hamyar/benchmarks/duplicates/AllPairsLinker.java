package org.hamyar.benchmarks.duplicates;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hamyar.beneficiaries.duplicate.DuplicateScorer;
import org.hamyar.beneficiaries.duplicate.Identity;

/** The naive baseline: the same scorer on every pair, no blocking (what blocking may lose, and what it saves). */
public final class AllPairsLinker {

    private AllPairsLinker() {
    }

    public static Set<Long> link(List<Identity> identities) {
        Set<Long> pairs = new HashSet<>();
        for (int i = 0; i < identities.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (DuplicateScorer.score(identities.get(i), identities.get(j)).duplicate()) {
                    pairs.add(PairCount.pair(j, i));
                }
            }
        }
        return pairs;
    }
}
