package org.hamyar.beneficiaries.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hamyar.beneficiaries.person.Sex;
import org.junit.jupiter.api.Test;

/** Persons in memory under their blocking keys: the probable duplicates among them, and lists of matches merged. */
class DuplicateIndexTest {

    static final LocalDate BORN = LocalDate.of(1976, 5, 31);

    static Identity person(String first, String last, String father, LocalDate born) {
        return Identity.of(first, last, father, born, Sex.MALE, "26", "تاکستان");
    }

    @Test
    void aPersonAddedIsFoundByItsVariantsAndNotByAnotherPerson() {
        DuplicateIndex index = new DuplicateIndex();
        UUID karimi = UUID.randomUUID();
        UUID sibling = UUID.randomUUID();
        index.add(karimi, person("محمدرضا", "کریمی", "حسین", BORN));
        index.add(sibling, person("فاطمه", "کریمی", "حسین", BORN.minusYears(3)));
        assertThat(index.isEmpty()).isFalse();

        assertThat(index.find(person("محمد رضا", "كريمي", "حسین", BORN))).extracting(Match::personId).containsExactly(karimi);
        assertThat(index.find(person("کریمی", "محمدرضا", "حسین", BORN))).as("names swapped").extracting(Match::personId)
                .containsExactly(karimi);
        assertThat(index.find(person("محمدرضا", "کرمی", "حسین", BORN.plusYears(1)))).as("a typo and the year off by one")
                .extracting(Match::personId).containsExactly(karimi);
        assertThat(index.find(person("علی", "احمدی", "مهدی", BORN))).isEmpty();
        assertThat(new DuplicateIndex().find(person("محمدرضا", "کریمی", "حسین", BORN))).isEmpty();
    }

    @Test
    void mergedListsKeepEachPersonOnceBestFirst() {
        UUID a = UUID.fromString("00000000-0000-4000-8000-00000000000a");
        UUID b = UUID.fromString("00000000-0000-4000-8000-00000000000b");
        UUID c = UUID.fromString("00000000-0000-4000-8000-00000000000c");
        Match aFromRegistry = new Match(a, 0.95, List.of("firstName"));
        Match bFromRegistry = new Match(b, 0.9, List.of("lastName"));
        Match aFromJob = new Match(a, 0.95, List.of("firstName"));
        Match cFromJob = new Match(c, 0.99, List.of("birthDate"));
        assertThat(DuplicateIndex.merge(List.of(aFromRegistry, bFromRegistry), List.of(cFromJob, aFromJob)))
                .extracting(Match::personId).containsExactly(c, a, b);
        assertThat(DuplicateIndex.merge(List.of(), List.of(cFromJob))).containsExactly(cFromJob);
        assertThat(DuplicateIndex.merge(List.of(bFromRegistry), List.of())).containsExactly(bFromRegistry);
    }
}
