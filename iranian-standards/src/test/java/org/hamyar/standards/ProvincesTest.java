package org.hamyar.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProvincesTest {

    @Test
    void lists31ProvincesWithCodes00To30InOrder() {
        assertThat(Provinces.all()).hasSize(31);
        assertThat(Provinces.all()).extracting(Province::code)
                .containsExactlyElementsOf(IntStream.rangeClosed(0, 30).mapToObj(i -> String.format("%02d", i)).toList());
        assertThat(Provinces.all()).allSatisfy(p -> {
            assertThat(p.nameEn()).isNotBlank();
            assertThat(p.nameFa()).isNotBlank();
        });
    }

    @Test
    void carriesTheSharedNames() {
        assertThat(Provinces.all().get(0)).isEqualTo(new Province("00", "Markazi", "مرکزی"));
        assertThat(Provinces.byCode("22")).contains(new Province("22", "Hormozgan", "هرمزگان"));
        assertThat(Provinces.byCode("23")).contains(new Province("23", "Tehran", "تهران"));
        assertThat(Provinces.byCode("30")).contains(new Province("30", "Alborz", "البرز"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"26", "۲۶", "٢٦", "IR-26", "ir-26", "IR-۲۶", " 26 "})
    void findsAProvinceByAnyFormOfItsCode(String code) {
        assertThat(Provinces.byCode(code)).hasValueSatisfying(p -> {
            assertThat(p.nameEn()).isEqualTo("Qazvin");
            assertThat(p.nameFa()).isEqualTo("قزوین");
            assertThat(p.isoCode()).isEqualTo("IR-26");
        });
        assertThat(Provinces.isValidCode(code)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"31", "99", "6", "026", "IR-31", "IR26", "IR-", "Qazvin", "-1"})
    void rejectsUnknownCodes(String code) {
        assertThat(Provinces.byCode(code)).isEmpty();
        assertThat(Provinces.isValidCode(code)).isFalse();
    }

    @Test
    void theListCannotBeChangedByCallers() {
        assertThatThrownBy(() -> Provinces.all().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
