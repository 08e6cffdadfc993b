package org.hamyar.beneficiaries.duplicate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Persons in memory under their blocking keys ({@link BlockingKeys}), and the probable duplicates
 * of an identity among them, scored by {@link DuplicateScorer}: what the finder does with the
 * candidates one query brought ({@link DuplicateFinder#findAll}), and what an import does with the
 * persons it created itself while the registry's lookups of its next rows were under way.
 *
 * <pre>{@code
 * DuplicateIndex index = new DuplicateIndex();
 * index.add(personId, identity);           // its keys: BlockingKeys.stored(identity)
 * List<Match> matches = index.find(other);  // best first, at or above the threshold
 * }</pre>
 * Not thread-safe: one import's worker, one query's answer.
 */
public final class DuplicateIndex {

    private record Entry(UUID id, Identity identity) {
    }

    private final Map<String, List<Entry>> byKey = new HashMap<>();

    /** Adds a person under the keys its identity is stored with. */
    public void add(UUID personId, Identity identity) {
        add(personId, identity, BlockingKeys.stored(identity));
    }

    /** Adds a person under the keys stored with it (as read from {@code person}'s key columns). */
    void add(UUID personId, Identity identity, BlockingKeys.Stored keys) {
        Entry entry = new Entry(personId, identity);
        put("n" + keys.names(), entry);
        put("l" + keys.last(), entry);
        put("f" + keys.first(), entry);
        if (keys.father() != null) {
            put("p" + keys.father(), entry);
        }
    }

    private void put(String key, Entry entry) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
    }

    public boolean isEmpty() {
        return byKey.isEmpty();
    }

    /** The probable duplicates of {@code identity} among the persons added, best first (then by id). */
    public List<Match> find(Identity identity) {
        return find(identity, BlockingKeys.lookup(identity));
    }

    List<Match> find(Identity identity, BlockingKeys.Lookup lookup) {
        Set<Entry> candidates = new LinkedHashSet<>();
        lookup.names().forEach(k -> candidates.addAll(byKey.getOrDefault("n" + k, List.of())));
        lookup.last().forEach(k -> candidates.addAll(byKey.getOrDefault("l" + k, List.of())));
        lookup.first().forEach(k -> candidates.addAll(byKey.getOrDefault("f" + k, List.of())));
        lookup.father().forEach(k -> candidates.addAll(byKey.getOrDefault("p" + k, List.of())));
        List<Match> matches = new ArrayList<>();
        for (Entry candidate : candidates) {
            DuplicateScorer.Score score = DuplicateScorer.score(identity, candidate.identity());
            if (score.duplicate()) {
                matches.add(new Match(candidate.id(), score.value(), score.agreeingFields()));
            }
        }
        matches.sort(BEST_FIRST);
        return List.copyOf(matches);
    }

    /** Best first, then by person id: the order of every list of matches. */
    public static final Comparator<Match> BEST_FIRST =
            Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::personId);

    /** Two lists of matches of one identity as one, best first, each person once. */
    public static List<Match> merge(List<Match> some, List<Match> others) {
        if (others.isEmpty()) {
            return some;
        }
        if (some.isEmpty()) {
            return others;
        }
        Map<UUID, Match> byPerson = new HashMap<>();
        some.forEach(m -> byPerson.put(m.personId(), m));
        others.forEach(m -> byPerson.putIfAbsent(m.personId(), m));
        List<Match> merged = new ArrayList<>(byPerson.values());
        merged.sort(BEST_FIRST);
        return List.copyOf(merged);
    }
}
