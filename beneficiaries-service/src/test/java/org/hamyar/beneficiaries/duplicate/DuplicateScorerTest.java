package org.hamyar.beneficiaries.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hamyar.beneficiaries.person.Sex;
import org.junit.jupiter.api.Test;

/** The scorer and the blocking keys on the variations docs/domain.md names, in milliseconds. */
class DuplicateScorerTest {

    static final LocalDate BORN = LocalDate.of(1981, 8, 3);

    static Identity ali(String first, String last, String father, LocalDate born, String county) {
        return Identity.of(first, last, father, born, Sex.MALE, "26", county);
    }

    final Identity original = ali("محمدرضا", "کریمی", "حسین", BORN, "تاکستان");

    @Test
    void arabicLettersZwnjSpacesAndDiacriticsAreTheSamePerson() {
        Identity typed = ali("محمد\u200Cرضا", "كريمي", "حُسين", BORN, "تاكستان");
        DuplicateScorer.Score score = DuplicateScorer.score(original, typed);
        assertThat(score.value()).isEqualTo(1.0);
        assertThat(score.agreeingFields()).containsExactly("firstName", "lastName", "fatherName", "birthDate", "province",
                "county", "sex");
        assertThat(DuplicateScorer.score(original, ali("محمد رضا", "کریمی", "حسین", BORN, "تاکستان")).duplicate()).isTrue();
    }

    @Test
    void aTypingErrorSwappedNamesAndNearDatesStillMatch() {
        assertThat(DuplicateScorer.score(original, ali("محمدرضا", "کرمی", "حسین", BORN, "تاکستان")).duplicate())
                .as("a letter dropped").isTrue();
        assertThat(DuplicateScorer.score(original, ali("کریمی", "محمدرضا", "حسین", BORN, "تاکستان")).duplicate())
                .as("first and last name swapped").isTrue();
        assertThat(DuplicateScorer.score(original, ali("محمدرضا", "کریمی", "حسین", LocalDate.of(1981, 3, 8), "تاکستان")).duplicate())
                .as("day and month swapped").isTrue();
        assertThat(DuplicateScorer.score(original, ali("محمدرضا", "کریمی", "حسین", BORN.plusYears(1), "تاکستان")).duplicate())
                .as("a year off").isTrue();
        assertThat(DuplicateScorer.score(original, ali("محمدرضا", "کریمی", null, BORN, null)).duplicate())
                .as("father's name and place missing neither help nor hurt").isTrue();
    }

    @Test
    void siblingsTwinsAndNamesakesAreNotDuplicates() {
        assertThat(DuplicateScorer.score(original, ali("علی", "کریمی", "حسین", BORN, "تاکستان")).duplicate())
                .as("a twin brother: same family and birth date, another first name").isFalse();
        assertThat(DuplicateScorer.score(original, ali("محمدرضا", "کریمی", "عباس", LocalDate.of(1990, 1, 15), "تاکستان")).value())
                .as("a namesake born nine years later").isZero();
        assertThat(DuplicateScorer.score(original, ali("مهدی", "احمدی", "علی", BORN, "تاکستان")).duplicate())
                .as("a stranger born the same day").isFalse();
        Identity sister = Identity.of("محمدرضا", "کریمی", "حسین", BORN, Sex.FEMALE, "26", "تاکستان");
        assertThat(DuplicateScorer.score(original, sister).agreeingFields()).doesNotContain("sex");
    }

    @Test
    void dateSimilarityGrades() {
        assertThat(DuplicateScorer.dateSimilarity(BORN, BORN)).isEqualTo(1);
        assertThat(DuplicateScorer.dateSimilarity(BORN, LocalDate.of(1981, 3, 8))).isEqualTo(0.85);
        assertThat(DuplicateScorer.dateSimilarity(BORN, BORN.minusYears(1))).isEqualTo(0.8);
        assertThat(DuplicateScorer.dateSimilarity(BORN, BORN.plusDays(2))).isEqualTo(0.75);
        assertThat(DuplicateScorer.dateSimilarity(BORN, BORN.plusYears(5))).isZero();
    }

    @Test
    void variantsShareABlockingKeyWithTheOriginal() {
        BlockingKeys.Stored stored = BlockingKeys.stored(original);
        Set<String> storedKeys = Set.of(stored.names(), stored.last(), stored.first(), stored.father());
        for (Identity variant : new Identity[] {
                ali("محمد رضا", "كريمي", "حسین", BORN.plusYears(1), "تاکستان"),  // spacing, Arabic letters, a year off
                ali("کریمی", "محمدرضا", null, BORN, null),                        // swapped, no father
                ali("ممدرضا", "کریمی", "حسین", LocalDate.of(1981, 3, 8), null),   // first-name error, day/month swapped
                ali("محمدرضا", "کرییمی", "حسین", BORN.plusDays(40), null)}) {     // last-name error and the date off
            BlockingKeys.Lookup lookup = BlockingKeys.lookup(variant);
            Set<String> keys = new HashSet<>(lookup.names());
            keys.addAll(lookup.last());
            keys.addAll(lookup.first());
            keys.addAll(lookup.father());
            keys.retainAll(storedKeys);
            assertThat(keys).as("a key in common with %s", variant).isNotEmpty();
        }
    }

    /**
     * The lookup lost nothing by narrowing: every pair the scorer's date rule lets through and that a
     * year-wide lookup under three years (the birth year and those either side) would have met, it meets.
     * Names the same, one of them changed, or swapped; dates up to two years either way, around the new
     * year, a leap day and mid-year.
     */
    @Test
    void theLookupMeetsEveryPairWithANearDateThatAThreeYearLookupMet() {
        Identity[] originals = {
                ali("محمدرضا", "کریمی", "حسین", BORN, null),
                ali("محمدرضا", "کریمی", "حسین", LocalDate.of(1979, 12, 30), null),
                ali("محمدرضا", "کریمی", "حسین", LocalDate.of(1980, 1, 2), null),
                ali("محمدرضا", "کریمی", "حسین", LocalDate.of(1980, 2, 29), null)};
        String[][] names = {{"محمدرضا", "کریمی"}, {"محمدرضا", "کرمانی"}, {"علیرضا", "کریمی"}, {"کریمی", "محمدرضا"}};
        int checked = 0;
        for (Identity original : originals) {
            BlockingKeys.Stored stored = BlockingKeys.stored(original);
            Set<String> storedKeys = new HashSet<>(Set.of(stored.names(), stored.last(), stored.first(), stored.father()));
            for (String[] name : names) {
                for (LocalDate born = original.birthDate().minusYears(2); born.isBefore(original.birthDate().plusYears(2));
                        born = born.plusDays(1)) {
                    if (DuplicateScorer.dateSimilarity(original.birthDate(), born) == 0) {
                        continue;
                    }
                    Identity variant = ali(name[0], name[1], "حسین", born, null);
                    if (!shared(threeYearLookup(variant), storedKeys).isEmpty()) {
                        checked++;
                        assertThat(shared(BlockingKeys.lookup(variant), storedKeys))
                                .as("%s %s born %s against %s", name[0], name[1], born, original.birthDate()).isNotEmpty();
                    }
                }
            }
        }
        assertThat(checked).as("pairs a three-year lookup met").isGreaterThan(100);
    }

    /**
     * The father's key is the one left when the last name is mistyped and the date is off too: it meets
     * another day of the month, day and month swapped, and a date up to 3 days off across a month's end.
     */
    @Test
    void theFathersKeyMeetsALastNameErrorWithTheDateOffInItsMonth() {
        Identity endOfMonth = ali("محمدرضا", "کریمی", "حسین", LocalDate.of(1981, 8, 31), null);
        for (Identity[] pair : new Identity[][] {
                {original, ali("محمدرضا", "کرمانی", "حسین", BORN.withDayOfMonth(17), null)},
                {original, ali("محمدرضا", "کرمانی", "حسین", LocalDate.of(1981, 3, 8), null)},
                {endOfMonth, ali("محمدرضا", "کرمانی", "حسین", LocalDate.of(1981, 9, 2), null)}}) {
            BlockingKeys.Stored stored = BlockingKeys.stored(pair[0]);
            assertThat(BlockingKeys.lookup(pair[1]).father()).as("%s against %s", pair[1], pair[0]).contains(stored.father());
            assertThat(DuplicateScorer.dateSimilarity(pair[0].birthDate(), pair[1].birthDate())).isPositive();
        }
        assertThat(BlockingKeys.stored(original).father()).isNotEqualTo(
                BlockingKeys.stored(ali("محمدرضا", "کریمی", "حسین", BORN.withMonth(9), null)).father());
    }

    @Test
    void aYearWideKeyIsLookedUpUnderOneYearAwayFromTheNewYear() {
        BlockingKeys.Lookup midYear = BlockingKeys.lookup(original);
        assertThat(midYear.names()).hasSize(1);
        assertThat(midYear.father()).as("August 3: August, March for the swap, July for the days before").hasSize(3);
        assertThat(midYear.last()).as("the date, day and month swapped, a year before and after").hasSize(4);
        BlockingKeys.Lookup newYearsEve = BlockingKeys.lookup(ali("محمدرضا", "کریمی", "حسین", LocalDate.of(1980, 12, 30), null));
        assertThat(newYearsEve.names()).hasSize(2);
    }

    /**
     * The lookup before it was narrowed: the names' key under three years, the full-date keys under the
     * date and its swap (the father's key is the lookup's own: its month is tested on its own below).
     */
    private static BlockingKeys.Lookup threeYearLookup(Identity identity) {
        Set<String> names = new HashSet<>();
        Set<String> father = new HashSet<>(BlockingKeys.lookup(identity).father());
        for (int offset = -1; offset <= 1; offset++) {
            names.add(stored(identity, identity.birthDate().plusYears(offset)).names());
        }
        Set<String> last = new HashSet<>();
        Set<String> first = new HashSet<>();
        LocalDate born = identity.birthDate();
        for (LocalDate date : born.getDayOfMonth() <= 12
                ? List.of(born, LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue())) : List.of(born)) {
            last.add(stored(identity, date).last());
            first.add(stored(identity, date).first());
        }
        return new BlockingKeys.Lookup(names, last, first, father);
    }

    private static BlockingKeys.Stored stored(Identity identity, LocalDate born) {
        return BlockingKeys.stored(Identity.of(identity.firstName(), identity.lastName(), identity.fatherName(), born,
                identity.sex(), null, null));
    }

    private static Set<String> shared(BlockingKeys.Lookup lookup, Set<String> storedKeys) {
        Set<String> keys = new HashSet<>(lookup.names());
        keys.addAll(lookup.last());
        keys.addAll(lookup.first());
        keys.addAll(lookup.father());
        keys.retainAll(storedKeys);
        return keys;
    }

    @Test
    void theSkeletonFoldsLettersThatSoundAlikeAndLongVowels() {
        assertThat(BlockingKeys.skeleton("اسماعیل")).isEqualTo(BlockingKeys.skeleton("اسمعیل"));
        assertThat(BlockingKeys.skeleton("طاهره")).isEqualTo(BlockingKeys.skeleton("تاهره"));
        assertThat(BlockingKeys.skeleton("مصطفی")).isEqualTo(BlockingKeys.skeleton("مسطفا"));
        assertThat(BlockingKeys.skeleton("حسن")).isNotEqualTo(BlockingKeys.skeleton("حسین").concat("x"));
    }
}
