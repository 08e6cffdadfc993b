package org.hamyar.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NationalCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"0499370899", "0790419904", "0011537027"})
    void acceptsTheDomainExamples(String code) {
        assertThat(NationalCode.isValid(code)).isTrue();
        assertThat(NationalCode.normalize(code)).contains(code);
        assertThat(NationalCode.requireValid(code)).isEqualTo(code);
    }

    @Test
    void padsEightOrNineDigitsWithLeadingZeros() {
        assertThat(NationalCode.normalize("11537027")).contains("0011537027");
        assertThat(NationalCode.normalize("011537027")).contains("0011537027");
        assertThat(NationalCode.normalize("499370899")).contains("0499370899");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "۰۴۹۹۳۷۰۸۹۹",                 // Persian digits
        "٠٤٩٩٣٧٠٨٩٩",                 // Arabic-Indic digits
        "049-937089-9",
        " 049 937 0899 ",
        "049\u2013937\u20130899",     // en dashes
        "\u200F۰۴۹۹\u200C۳۷۰۸۹۹\u200E", // RLM, ZWNJ, LRM from copy-pasted right-to-left text
        "\uFEFF0499370899",
        "04۹۹3٧0899"                  // mixed scripts
    })
    void acceptsAnyDigitScriptSeparatorsAndInvisibleMarks(String raw) {
        assertThat(NationalCode.normalize(raw)).contains("0499370899");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0684159415", "1234567890", "0499370898", "0790419905"})
    void rejectsAWrongCheckDigit(String code) {
        assertThat(NationalCode.isValid(code)).isFalse();
        assertThat(NationalCode.normalize(code)).isEmpty();
        assertThatThrownBy(() -> NationalCode.requireValid(code))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessage("Invalid national code: check digit does not match");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000000000", "1111111111", "5555555555", "9999999999", "۲۲۲۲۲۲۲۲۲۲"})
    void rejectsTenEqualDigitsAlthoughTheyPassTheSum(String code) {
        String digits = Digits.toAscii(code);
        assertThat(NationalCode.checkDigit(digits)).isEqualTo(digits.charAt(9) - '0');
        assertThatThrownBy(() -> NationalCode.requireValid(code))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("ten equal digits");
    }

    @Test
    void rejectsAnAllZeroSerialEvenWithAMatchingCheckDigit() {
        // prefix 001, serial 000000: s = 1·8 = 8, r = 8, check digit 11 − 8 = 3
        assertThat(NationalCode.checkDigit("0010000003")).isEqualTo(3);
        assertThat(NationalCode.isValid("0010000003")).isFalse();
        assertThat(NationalCode.isValid("10000003")).isFalse();
        assertThatThrownBy(() -> NationalCode.requireValid("0010000003"))
                .hasMessageContaining("serial number");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "1234567", "04993708990", "049937089x", "0499.370.899", "٠٤٩٩٣٧٠٨٩٩٩"})
    void rejectsMissingWrongLengthAndNonDigits(String raw) {
        assertThat(NationalCode.isValid(raw)).isFalse();
        assertThat(NationalCode.normalize(raw)).isEmpty();
        assertThatThrownBy(() -> NationalCode.requireValid(raw))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageStartingWith("Invalid national code: ");
    }

    @Test
    void theExceptionNamesTheRuleButNotTheValue() {
        assertThatThrownBy(() -> NationalCode.requireValid("0684159415"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
                    assertThat(e.identifierKind()).isEqualTo("national code");
                    assertThat(e.reason()).isEqualTo("check digit does not match");
                    assertThat(e.getMessage()).doesNotContain("0684159415");
                });
    }
}
