package org.hamyar.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class NationalCodePropertiesTest {

    @Property(tries = 2000)
    void exactlyOneLastDigitCompletesAPrefixUnlessExcluded(@ForAll("ninePrefixDigits") String prefix) {
        long validLastDigits = IntStream.rangeClosed(0, 9)
                .filter(last -> NationalCode.isValid(prefix + last))
                .count();

        boolean allEqual = prefix.chars().distinct().count() == 1;
        boolean serialZero = prefix.substring(3).equals("000000");
        assertThat(validLastDigits).isEqualTo(allEqual || serialZero ? 0 : 1);
    }

    @Property(tries = 500)
    void formattingDoesNotChangeTheCode(@ForAll("validCodes") String code) {
        String persian = toScript(code, '\u06F0');
        String arabicIndic = toScript(code, '\u0660');
        String dashed = code.substring(0, 3) + "-" + code.substring(3, 9) + "-" + code.substring(9);

        assertThat(NationalCode.normalize(persian)).contains(code);
        assertThat(NationalCode.normalize(arabicIndic)).contains(code);
        assertThat(NationalCode.normalize(" " + dashed + "\u200F")).contains(code);
    }

    /** Mostly random prefixes, plus the excluded shapes that random digits would almost never hit. */
    @Provide
    Arbitrary<String> ninePrefixDigits() {
        Arbitrary<String> random = Arbitraries.strings().numeric().ofLength(9);
        Arbitrary<String> allEqual = Arbitraries.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')
                .map(d -> String.valueOf(d).repeat(9));
        Arbitrary<String> serialZero = Arbitraries.strings().numeric().ofLength(3).map(area -> area + "000000");
        return Arbitraries.frequencyOf(
                Tuple.of(8, random),
                Tuple.of(1, allEqual),
                Tuple.of(1, serialZero));
    }

    @Provide
    Arbitrary<String> validCodes() {
        return Arbitraries.strings().numeric().ofLength(9)
                .map(prefix -> prefix + NationalCode.checkDigit(prefix + "0"))
                .filter(NationalCode::isValid);
    }

    private static String toScript(String asciiDigits, char zero) {
        StringBuilder out = new StringBuilder();
        asciiDigits.chars().forEach(c -> out.append((char) (zero + c - '0')));
        return out.toString();
    }
}
