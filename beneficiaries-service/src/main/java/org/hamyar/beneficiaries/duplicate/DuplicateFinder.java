package org.hamyar.beneficiaries.duplicate;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hamyar.beneficiaries.person.Sex;

/**
 * Which existing persons are probable duplicates of these identities (docs/product.md §4
 * "Duplicates")? The candidates come from the blocking keys of {@link BlockingKeys}, stored in
 * indexed columns of {@code person}; each candidate is scored by {@link DuplicateScorer}, and those
 * at or above {@link DuplicateScorer#THRESHOLD} are matches, best first. Persons merged into
 * another are never candidates.
 *
 * <h2>For imports: one query per chunk</h2>
 * {@link #findAll(Map)} takes a chunk of identities under the caller's keys (row numbers, say) and
 * answers every one of them with <b>one</b> SQL query — the union of all their keys looked up at once
 * through the four indexes — so a CSV import of 100,000 rows in chunks of 1,000 makes 100 queries,
 * not 100,000:
 * <pre>{@code
 * Map<Integer, Identity> chunk = ...;                    // row number -> Identity.of(names, birth date, sex, place)
 * Map<Integer, List<Match>> found = finder.findAll(chunk); // every row of the chunk is a key; no match: empty list
 * }</pre>
 * Rows of the same chunk are not compared with each other (they are not persons yet): an import finds
 * duplicates inside its own file by keeping {@link BlockingKeys#stored} of the rows it has read and
 * scoring with {@link DuplicateScorer#score}, as the benchmarks module's {@code BlockingLinker}
 * does. The finder reads; it records nothing (flags are the registration's business).
 */
@ApplicationScoped
public class DuplicateFinder {

    private final EntityManager entityManager;

    DuplicateFinder(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The probable duplicates of one identity, best first. */
    public List<Match> find(Identity identity) {
        return findAll(Map.of(0, identity)).get(0);
    }

    /**
     * The probable duplicates of each identity, best first, with one query for them all.
     *
     * @return every key of {@code identities}, each with its matches (an empty list when none)
     */
    public <K> Map<K, List<Match>> findAll(Map<K, Identity> identities) {
        Map<K, BlockingKeys.Lookup> lookups = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        Set<String> last = new LinkedHashSet<>();
        Set<String> first = new LinkedHashSet<>();
        Set<String> father = new LinkedHashSet<>();
        identities.forEach((key, identity) -> {
            BlockingKeys.Lookup lookup = BlockingKeys.lookup(identity);
            lookups.put(key, lookup);
            names.addAll(lookup.names());
            last.addAll(lookup.last());
            first.addAll(lookup.first());
            father.addAll(lookup.father());
        });
        List<Candidate> candidates = candidates(names, last, first, father);
        Map<String, List<Candidate>> byKey = new HashMap<>();
        for (Candidate c : candidates) {
            for (String key : new String[] {"n" + c.keys.names(), "l" + c.keys.last(), "f" + c.keys.first(), "p" + c.keys.father()}) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            }
        }
        Map<K, List<Match>> result = new LinkedHashMap<>();
        identities.forEach((key, identity) -> {
            BlockingKeys.Lookup lookup = lookups.get(key);
            Set<Candidate> mine = new LinkedHashSet<>();
            lookup.names().forEach(k -> mine.addAll(byKey.getOrDefault("n" + k, List.of())));
            lookup.last().forEach(k -> mine.addAll(byKey.getOrDefault("l" + k, List.of())));
            lookup.first().forEach(k -> mine.addAll(byKey.getOrDefault("f" + k, List.of())));
            lookup.father().forEach(k -> mine.addAll(byKey.getOrDefault("p" + k, List.of())));
            List<Match> matches = new ArrayList<>();
            for (Candidate c : mine) {
                if (DuplicateScorer.dateSimilarity(identity.birthDate(), c.birthDate) == 0) {
                    // a namesake born at another time (most of a common name's candidates): not even
                    // its names are read
                    continue;
                }
                DuplicateScorer.Score score = DuplicateScorer.score(identity, c.identity());
                if (score.duplicate()) {
                    matches.add(new Match(c.id, score.value(), score.agreeingFields()));
                }
            }
            matches.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::personId));
            result.put(key, List.copyOf(matches));
        });
        return result;
    }

    /**
     * A person the query found: one row, so one person, whatever keys it was found under. Equal by id
     * alone: a candidate met under several keys of an identity is scored once, and the record's own
     * equality (every name, date and key) took 8 % of an import worker's samples in hashing at a registry of
     * 900,000 persons (JFR of {@code ./hamyar bench --quick --only import}). Its names are compacted into
     * an {@link Identity} only when a birth date near enough asks for them.
     */
    private static final class Candidate {
        private final UUID id;
        private final java.time.LocalDate birthDate;
        private final Object[] row;
        private final BlockingKeys.Stored keys;
        private Identity identity;

        Candidate(UUID id, java.time.LocalDate birthDate, Object[] row) {
            this.id = id;
            this.birthDate = birthDate;
            this.row = row;
            this.keys = new BlockingKeys.Stored((String) row[8], (String) row[9], (String) row[10], (String) row[11]);
        }

        Identity identity() {
            if (identity == null) {
                identity = Identity.of((String) row[1], (String) row[2], (String) row[3], birthDate,
                        Sex.valueOf((String) row[5]), row[6] == null ? null : row[6].toString().strip(), (String) row[7]);
            }
            return identity;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Candidate candidate && id.equals(candidate.id);
        }

        @Override
        public int hashCode() {
            return id.hashCode();
        }
    }

    /** The persons stored under any of the keys: one query, each key condition an index range. */
    private List<Candidate> candidates(Collection<String> names, Collection<String> last, Collection<String> first,
                                       Collection<String> father) {
        if (names.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select id, first_name_normalized, last_name_normalized, father_name_normalized, birth_date, sex,
                               province_code, county, dup_key_names, dup_key_last, dup_key_first, dup_key_father
                        from person
                        where merged_into is null
                          and (dup_key_names = any(cast(?1 as text[])) or dup_key_last = any(cast(?2 as text[]))
                               or dup_key_first = any(cast(?3 as text[]))
                               or (dup_key_father is not null and dup_key_father = any(cast(?4 as text[]))))""")
                .setParameter(1, names.toArray(String[]::new))
                .setParameter(2, last.toArray(String[]::new))
                .setParameter(3, first.toArray(String[]::new))
                .setParameter(4, father.toArray(String[]::new))
                .getResultList();
        List<Candidate> candidates = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            candidates.add(new Candidate((UUID) r[0], toLocalDate(r[4]), r));
        }
        return candidates;
    }

    private static java.time.LocalDate toLocalDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (java.time.LocalDate) value;
    }
}
