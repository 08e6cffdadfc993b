package org.hamyar.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "2024-03-20", "2024/03/20", "2024/3/20", "۲۰۲۴-۰۳-۲۰", "٢٠٢٤/٣/٢٠",
        "1403-01-01", "1403/1/1", "۱۴۰۳/۰۱/۰۱", "١٤٠٣-٠١-٠١", "\u200F۱۴۰۳/۰۱/۰۱ "
    })
    void readsIsoAndJalaliDatesInAnyDigitScript(String text) {
        assertThat(Dates.parseIsoOrJalali(text)).isEqualTo(LocalDate.of(2024, 3, 20));
    }

    @Test
    void yearsBelow1700AreJalali() {
        assertThat(Dates.parseIsoOrJalali("1699-01-01")).isEqualTo(new JalaliDate(1699, 1, 1).toGregorian());
        assertThat(Dates.parseIsoOrJalali("1700-01-01")).isEqualTo(LocalDate.of(1700, 1, 1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2023-02-29 | not a valid Gregorian date",
        "2024-13-01 | not a valid Gregorian date",
        "1400-12-30 | Esfand 1400 has 29 days",
        "1403-13-01 | month 13 is invalid",
        "20240320   | expected year-month-day",
        "2024-03-20T10:00 | expected year-month-day",
        "tomorrow   | expected year-month-day",
    })
    void rejectsInvalidDatesSayingWhy(String text, String why) {
        assertThatThrownBy(() -> Dates.parseIsoOrJalali(text))
                .isInstanceOf(DateTimeException.class)
                .hasMessageContaining(why);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsMissingText(String text) {
        assertThatThrownBy(() -> Dates.parseIsoOrJalali(text)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void writesTheJalaliFormOfAGregorianDate() {
        assertThat(Dates.jalali(LocalDate.of(2024, 3, 20))).isEqualTo("1403-01-01");
        assertThat(Dates.jalali(LocalDate.of(2018, 12, 17))).isEqualTo("1397-09-26");
    }
}
