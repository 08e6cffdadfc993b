package org.hamyar.benchmarks.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.hamyar.benchmarks.registry.RegistryRow;
import org.hamyar.benchmarks.registry.SyntheticRegistry;
import org.hamyar.beneficiaries.duplicate.Identity;
import org.junit.jupiter.api.Test;

/**
 * The duplicate finder's quality on a generated registry of 2,000 rows (docs/benchmarks.md has the
 * 100,000-row measurement): fails when normalisation, blocking or scoring breaks.
 */
class DuplicateQualityTest {

    static final List<RegistryRow> REGISTRY = new SyntheticRegistry(7).list(2_000);

    @Test
    void theFinderFindsDuplicatesWithF1AboveTheFloor() {
        List<Identity> identities = RowIdentities.of(REGISTRY);
        PairCount count = PairCount.of(REGISTRY, new BlockingLinker().link(identities));
        assertThat(count.truePairs()).as("the registry has duplicates to find").isGreaterThan(300);
        assertThat(count.precision()).as("precision").isGreaterThan(0.95);
        assertThat(count.recall()).as("recall").isGreaterThan(0.93);
        assertThat(count.f1()).as("F1").isGreaterThan(0.95);
    }

    @Test
    void blockingLosesAlmostNothingAgainstComparingEveryPair() {
        List<Identity> identities = RowIdentities.of(REGISTRY.subList(0, 1_000));
        Set<Long> all = AllPairsLinker.link(identities);
        Set<Long> blocked = new BlockingLinker().link(identities);
        assertThat(all).containsAll(blocked);
        assertThat((double) blocked.size() / all.size()).isGreaterThan(0.97);
    }

    @Test
    void theGeneratorIsDeterministicAndShowsTheVariants() {
        assertThat(new SyntheticRegistry(7).list(2_000)).isEqualTo(REGISTRY);
        assertThat(new SyntheticRegistry(8).list(100)).isNotEqualTo(REGISTRY.subList(0, 100));
        String all = String.join("\n", REGISTRY.stream().map(RegistryRow::csv).toList());
        assertThat(all).as("Arabic yeh and kaf").contains("ي").contains("ك");
        assertThat(all).as("ZWNJ").contains("\u200C");
        assertThat(all).as("Persian digits").containsPattern("[۰-۹]");
        assertThat(REGISTRY).as("Jalali dates").anyMatch(r -> r.birthDate().startsWith("13") || r.birthDate().startsWith("۱۳"));
        assertThat(REGISTRY).as("ISO dates").anyMatch(r -> r.birthDate().startsWith("19"));
        assertThat(REGISTRY).as("missing codes").anyMatch(r -> r.nationalCode() == null);
        assertThat(REGISTRY).as("missing father's name").anyMatch(r -> r.fatherName() == null);
        assertThat(REGISTRY).as("Amayesh cards").anyMatch(r -> "AMAYESH".equals(r.documentType()));
    }
}
