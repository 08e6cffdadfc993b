package org.hamyar.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JalaliDateTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "1397-09-26, 2018-12-17",  // 26 Azar 1397, docs/domain.md
        "1403-01-01, 2024-03-20",  // Nowruz 1403, docs/domain.md
        "1399-12-30, 2021-03-20",  // leap day of 1399, docs/domain.md
        "1400-01-01, 2021-03-21",
        "1402-01-01, 2023-03-21",
        "1403-12-30, 2025-03-20",
        "1404-01-01, 2025-03-21",
        "1357-11-22, 1979-02-11",  // 22 Bahman 1357, the revolution's anniversary
        "1358-01-12, 1979-04-01",  // 12 Farvardin 1358, the referendum
        "1300-01-01, 1921-03-21",
    })
    void convertsKnownDatesBothWays(String jalali, LocalDate gregorian) {
        JalaliDate date = JalaliDate.parse(jalali);
        assertThat(date.toGregorian()).isEqualTo(gregorian);
        assertThat(JalaliDate.of(gregorian)).isEqualTo(date);
        assertThat(date.toString()).isEqualTo(jalali);
    }

    @Test
    void knowsTheLeapYears() {
        assertThat(IntStream.rangeClosed(1390, 1410).filter(JalaliDate::isLeapYear))
                .containsExactly(1391, 1395, 1399, 1403, 1408);
        assertThat(JalaliDate.lengthOfMonth(1399, 12)).isEqualTo(30);
        assertThat(JalaliDate.lengthOfMonth(1400, 12)).isEqualTo(29);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1403-01-01", "1403/1/1", "1403/01/01", "۱۴۰۳/۰۱/۰۱", "١٤٠٣-١-١", " 1403-1-01 ", "\u200F۱۴۰۳/۱/۱\u200E"})
    void parsesAnySeparatorDigitScriptAndPadding(String text) {
        assertThat(JalaliDate.parse(text)).isEqualTo(new JalaliDate(1403, 1, 1));
    }

    @Test
    void rejectsTheLeapDayOfACommonYearWithAClearMessage() {
        assertThatThrownBy(() -> JalaliDate.parse("1400-12-30"))
                .isInstanceOf(DateTimeException.class)
                .hasMessage("Jalali date 1400-12-30 is invalid: Esfand 1400 has 29 days");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1403-13-01 | month 13 is invalid",
        "1403-00-10 | month 0 is invalid",
        "1403-07-31 | Mehr 1403 has 30 days",
        "1403-01-32 | Farvardin 1403 has 31 days",
        "1403-01-00 | Farvardin 1403 has 31 days",
        "0-01-01    | outside the supported range",
        "1403-01    | expected year-month-day",
        "1403/01-01 | expected year-month-day",
        "1403.01.01 | expected year-month-day",
        "14030101   | expected year-month-day",
        "abc        | expected year-month-day",
    })
    void rejectsInvalidDatesSayingWhy(String text, String why) {
        assertThatThrownBy(() -> JalaliDate.parse(text))
                .isInstanceOf(DateTimeException.class)
                .hasMessageContaining(why);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsMissingText(String text) {
        assertThatThrownBy(() -> JalaliDate.parse(text)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void namesTheMonths() {
        assertThat(new JalaliDate(1397, 9, 26).monthNameEn()).isEqualTo("Azar");
        assertThat(new JalaliDate(1397, 9, 26).monthNameFa()).isEqualTo("آذر");
        assertThat(IntStream.rangeClosed(1, 12).mapToObj(m -> new JalaliDate(1403, m, 1).monthNameEn()))
                .containsExactly("Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
                        "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand");
        assertThat(new JalaliDate(1403, 1, 1).monthNameFa()).isEqualTo("فروردین");
        assertThat(new JalaliDate(1403, 12, 1).monthNameFa()).isEqualTo("اسفند");
    }

    @Test
    void formatsZeroPaddedAscii() {
        assertThat(new JalaliDate(1403, 1, 1)).hasToString("1403-01-01");
        assertThat(new JalaliDate(98, 7, 5)).hasToString("0098-07-05");
    }

    @Test
    void ordersChronologically() {
        assertThat(new JalaliDate(1402, 12, 29)).isLessThan(new JalaliDate(1403, 1, 1));
        assertThat(new JalaliDate(1403, 2, 1)).isGreaterThan(new JalaliDate(1403, 1, 31));
    }

    @Test
    void everyDayFrom1900To2100RoundTripsAndConsecutiveDaysStayConsecutive() {
        LocalDate end = LocalDate.of(2100, 12, 31);
        JalaliDate previous = JalaliDate.of(LocalDate.of(1899, 12, 31));
        for (LocalDate day = LocalDate.of(1900, 1, 1); !day.isAfter(end); day = day.plusDays(1)) {
            JalaliDate jalali = JalaliDate.of(day);
            assertThat(jalali.toGregorian()).isEqualTo(day);
            assertThat(jalali).as("the day after %s", previous).isEqualTo(next(previous));
            previous = jalali;
        }
    }

    @Test
    void everyYearIs365DaysLongOr366WhenLeap() {
        for (int year = JalaliDate.MIN_YEAR; year < JalaliDate.MAX_YEAR; year++) {
            long days = new JalaliDate(year, 1, 1).toGregorian()
                    .until(new JalaliDate(year + 1, 1, 1).toGregorian(), java.time.temporal.ChronoUnit.DAYS);
            assertThat(days).as("length of %d", year).isEqualTo(JalaliDate.isLeapYear(year) ? 366 : 365);
        }
    }

    @Test
    void nowruzFallsBetweenTheNineteenthAndTheTwentySecondOfMarch() {
        for (int year = JalaliDate.MIN_YEAR; year <= JalaliDate.MAX_YEAR; year++) {
            LocalDate nowruz = new JalaliDate(year, 1, 1).toGregorian();
            assertThat(nowruz.getMonthValue()).isEqualTo(3);
            assertThat(nowruz.getDayOfMonth()).as("Nowruz %d", year).isBetween(19, 22);
        }
    }

    @Test
    void rejectsGregorianDatesOutsideTheSupportedRange() {
        assertThat(JalaliDate.of(LocalDate.of(622, 3, 22))).isEqualTo(new JalaliDate(1, 1, 1));
        assertThatThrownBy(() -> JalaliDate.of(LocalDate.of(622, 3, 21))).isInstanceOf(DateTimeException.class);
        LocalDate lastDay = new JalaliDate(JalaliDate.MAX_YEAR, 12, JalaliDate.lengthOfMonth(JalaliDate.MAX_YEAR, 12)).toGregorian();
        assertThat(JalaliDate.of(lastDay).year()).isEqualTo(JalaliDate.MAX_YEAR);
        assertThatThrownBy(() -> JalaliDate.of(lastDay.plusDays(1))).isInstanceOf(DateTimeException.class);
    }

    private static JalaliDate next(JalaliDate d) {
        if (d.day() < d.lengthOfMonth()) {
            return new JalaliDate(d.year(), d.month(), d.day() + 1);
        }
        return d.month() < 12 ? new JalaliDate(d.year(), d.month() + 1, 1) : new JalaliDate(d.year() + 1, 1, 1);
    }
}
