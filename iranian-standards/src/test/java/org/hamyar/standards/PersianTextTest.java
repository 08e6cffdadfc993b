package org.hamyar.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersianTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "كريمي          | کریمی",     // Arabic kaf and yeh
        "موسى           | موسی",      // alef maksura
        "مسئله          | مسیله",     // yeh with hamza above
        "فاطمة          | فاطمه",     // teh marbuta
        "خانۀ           | خانه",      // heh with yeh above
        "أحمد           | احمد",      // alef with hamza above
        "إسماعيل        | اسماعیل",   // alef with hamza below
        "آرش            | ارش",       // alef with madda
        "مؤسسه          | موسسه",     // waw with hamza
        "انشاء          | انشا",      // standalone hamza dropped
        "مُحَمَّد         | محمد",      // diacritics dropped
        "مـــحـمد        | محمد",      // tatweel dropped
        "قرآنٰ           | قران",      // superscript alef dropped
        "۱۴۰۳ و ١٢      | 1403 و 12", // digits to ASCII
        "Ali KARIMI     | ali karimi",
    })
    void foldsArabicVariantsMarksAndDigits(String raw, String expected) {
        assertThat(PersianText.normalize(raw)).isEqualTo(expected);
    }

    @Test
    void dropsZeroWidthAndDirectionMarksAndBom() {
        assertThat(PersianText.normalize("\uFEFF\u200Fمی\u200Cروم\u200D\u200E\u061C")).isEqualTo("میروم");
        assertThat(PersianText.normalize("\u202Bعلی\u202C \u2067رضا\u2069")).isEqualTo("علی رضا");
    }

    @Test
    void collapsesWhiteSpaceAndTrims() {
        assertThat(PersianText.normalize("  علی \t\n  رضا\u00A0\u00A0 کریمی  ")).isEqualTo("علی رضا کریمی");
        assertThat(PersianText.normalize(" \u200C ")).isEmpty();
    }

    @Test
    void appliesNfkcSoPresentationFormsBecomeLetters() {
        // isolated/initial/medial/final presentation forms, as PDFs and old systems store them
        assertThat(PersianText.normalize("\uFEE3\uFEA4\uFEE4\uFEAA")).isEqualTo("محمد");
        assertThat(PersianText.normalize("\uFF21\uFF11")).isEqualTo("a1"); // full-width Latin and digit
    }

    @Test
    void compactRemovesSpacesSoJoinedAndSeparateCompoundNamesMatch() {
        assertThat(PersianText.compact("محمدرضا")).isEqualTo(PersianText.compact("محمد رضا"));
        assertThat(PersianText.compact("محمد\u200Cرضا")).isEqualTo("محمدرضا");
        assertThat(PersianText.normalize("محمدرضا")).isNotEqualTo(PersianText.normalize("محمد رضا"));
    }

    @Test
    void similarityOfTheDomainExampleIsOneOnlyAfterNormalising() {
        double raw = new JaroWinklerSimilarity().apply("محمدرضا کریمی", "محمد رضا كريمي");
        assertThat(raw).isCloseTo(0.857, within(0.001));
        assertThat(PersianText.similarity("محمدرضا کریمی", "محمد رضا كريمي")).isEqualTo(1.0);
    }

    @Test
    void similarityRanksCloseNamesAboveDifferentOnes() {
        double typo = PersianText.similarity("زهرا احمدی", "زهره احمدی");
        double different = PersianText.similarity("زهرا احمدی", "حسین نوری");
        assertThat(typo).isGreaterThan(0.9).isLessThan(1.0);
        assertThat(different).isLessThan(0.7);
    }

    @Test
    void similarityOfEmptyNames() {
        assertThat(PersianText.similarity("", " \u200C")).isEqualTo(1.0);
        assertThat(PersianText.similarity("", "علی")).isEqualTo(0.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "\u0007", "x\u001Fy", "\u007F", "\u0085", "\u009F",
        "علی\u202E", "\u202A", "\u202D", "\u2066", "\u2069"})
    void detectsControlCharactersAndBidiOverrides(String hostile) {
        assertThat(PersianText.containsControlOrBidiOverride(hostile)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"علی رضا", "خط\tاول\r\nخط دوم", "می\u200Cروم", "\u200Fعلی", "Ali", ""})
    void acceptsOrdinaryTextIncludingZwnjAndDirectionMarks(String text) {
        assertThat(PersianText.containsControlOrBidiOverride(text)).isFalse();
    }
}
