package org.hamyar.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DigitsTest {

    @Test
    void foldsPersianAndArabicIndicDigitsAndKeepsEverythingElse() {
        assertThat(Digits.toAscii("۰۱۲۳۴۵۶۷۸۹")).isEqualTo("0123456789");
        assertThat(Digits.toAscii("٠١٢٣٤٥٦٧٨٩")).isEqualTo("0123456789");
        assertThat(Digits.toAscii("پلاک ۱۲، واحد ٣")).isEqualTo("پلاک 12، واحد 3");
        assertThat(Digits.toAscii("abc-42")).isEqualTo("abc-42");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "۱۲۳                  | 123",
        "' -٤٥ '              | -45",
        "+7                   | 7",
        "۱٬۲۳۴٬۵۶۷            | 1234567",
        "'1,234'              | 1234",
        "'۱۲,۰۰۰,۰۰۰'         | 12000000",
        "0                    | 0",
        "\u2212۵              | -5",
        "9223372036854775807  | 9223372036854775807",
        "-9223372036854775808 | -9223372036854775808",
    })
    void parsesNumbersInAnyDigitScript(String text, long expected) {
        assertThat(Digits.parseLong(text)).hasValue(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "   ", "-", "+", "12a", "1 2", "۱۲٫۵", "1.5", "--1", "1,23", "1,,234", ",123", "123,", "12,3456",
        "9223372036854775808", "-9223372036854775809", "99999999999999999999"
    })
    void rejectsGarbageAndOverflow(String text) {
        assertThat(Digits.parseLong(text)).isEmpty();
    }

    @Property
    void readsBackAnyLongWrittenInPersianDigitsWithSeparators(@ForAll long n) {
        String grouped = String.format(Locale.ROOT, "%,d", n).replace(',', '\u066C');
        String persian = grouped.chars()
                .map(c -> c >= '0' && c <= '9' ? '\u06F0' + c - '0' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();

        assertThat(Digits.parseLong(persian)).hasValue(n);
        assertThat(Digits.parseLong(Long.toString(n))).hasValue(n);
    }
}
