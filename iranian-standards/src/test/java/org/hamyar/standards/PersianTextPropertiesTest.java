package org.hamyar.standards;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PersianTextPropertiesTest {

    @Property(tries = 2000)
    void normalisingTwiceChangesNothing(@ForAll("messyText") String s) {
        String once = PersianText.normalize(s);
        assertThat(PersianText.normalize(once)).isEqualTo(once);
    }

    @Property(tries = 2000)
    void normalFormHasNoEdgeOrDoubleSpacesAndNoMarks(@ForAll("messyText") String s) {
        String normal = PersianText.normalize(s);
        assertThat(normal).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
        assertThat(normal).doesNotContain("\u200C", "\u200F", "\u0640", "\u064E", "\u0643", "\u064A");
        assertThat(PersianText.compact(s)).doesNotContain(" ").isEqualTo(normal.replace(" ", ""));
    }

    @Property(tries = 1000)
    void similarityIsSymmetricAndBetweenZeroAndOne(@ForAll("messyText") String a, @ForAll("messyText") String b) {
        double ab = PersianText.similarity(a, b);
        assertThat(ab).isBetween(0.0, 1.0).isEqualTo(PersianText.similarity(b, a));
        assertThat(PersianText.similarity(a, a)).isEqualTo(1.0);
    }

    /** Arabic and Persian letters and marks, Latin letters, combining accents, spaces and invisible marks. */
    @Provide
    Arbitrary<String> messyText() {
        return Arbitraries.strings()
                .withCharRange('\u0600', '\u06FF')
                .withCharRange('A', 'z')
                .withCharRange('\u00C0', '\u00FF')
                .withCharRange('\u0300', '\u0310')
                .withCharRange('\uFB50', '\uFBFF')
                .withCharRange('\uFE70', '\uFEFC')
                .withChars(' ', '\t', '\n', '\u00A0', '\u200C', '\u200D', '\u200E', '\u200F', '\u202B', '\u2067', '\uFEFF')
                .ofMaxLength(20);
    }
}
