package org.hamyar.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NationalIdTest {

    @Test
    void acceptsTheDomainExample() {
        assertThat(NationalId.isValid("10380284790")).isTrue();
        assertThat(NationalId.requireValid("10380284790")).isEqualTo("10380284790");
    }

    @Test
    void computesTheDomainCheckDigitStepByStep() {
        // d = 9 + 2 = 11; S = Σ (11 + digit[i])·w[i mod 5] = 3432 = 312·11, so the check digit is 0
        int s = 12 * 29 + 11 * 27 + 14 * 23 + 19 * 19 + 11 * 17 + 13 * 29 + 19 * 27 + 15 * 23 + 18 * 19 + 20 * 17;
        assertThat(s).isEqualTo(3432);
        assertThat(s % 11).isZero();
        assertThat(NationalId.checkDigit("10380284790")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"۱۰۳۸۰۲۸۴۷۹۰", "١٠٣٨٠٢٨٤٧٩٠", "103-8028-4790", " 1038 0284 790 ", "\u200F10380284790"})
    void acceptsAnyDigitScriptAndSeparators(String raw) {
        assertThat(NationalId.normalize(raw)).contains("10380284790");
    }

    @Test
    void rejectsTheDomainCounterExample() {
        assertThat(NationalId.isValid("10380284792")).isFalse();
        assertThatThrownBy(() -> NationalId.requireValid("10380284792"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("Invalid national id: check digit does not match");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0499370899", "103802847900", "1038028479a", "1038028479"})
    void rejectsWrongLengthAndNonDigitsWithoutPadding(String raw) {
        assertThat(NationalId.normalize(raw)).isEmpty();
        assertThatThrownBy(() -> NationalId.requireValid(raw))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageStartingWith("Invalid national id: ");
    }

    @Property(tries = 2000)
    void exactlyOneLastDigitCompletesEveryPrefix(@ForAll @NumericChars @StringLength(10) String prefix) {
        long valid = IntStream.rangeClosed(0, 9).filter(last -> NationalId.isValid(prefix + last)).count();
        assertThat(valid).isEqualTo(1);
    }
}
