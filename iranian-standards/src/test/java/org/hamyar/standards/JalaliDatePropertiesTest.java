package org.hamyar.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class JalaliDatePropertiesTest {

    @Property(tries = 5000)
    void everySupportedJalaliDateRoundTripsThroughGregorian(
            @ForAll @IntRange(min = JalaliDate.MIN_YEAR, max = JalaliDate.MAX_YEAR) int year,
            @ForAll @IntRange(min = 1, max = 12) int month,
            @ForAll @IntRange(min = 1, max = 31) int dayWish) {
        int day = Math.min(dayWish, JalaliDate.lengthOfMonth(year, month));
        JalaliDate jalali = new JalaliDate(year, month, day);

        LocalDate gregorian = jalali.toGregorian();

        assertThat(JalaliDate.of(gregorian)).isEqualTo(jalali);
        assertThat(JalaliDate.parse(jalali.toString())).isEqualTo(jalali);
        assertThat(gregorian.getYear() - year).isBetween(621, 622);
    }

    @Property(tries = 2000)
    void theDayOfYearCountsDaysSinceNowruz(
            @ForAll @IntRange(min = 1300, max = 1500) int year,
            @ForAll @IntRange(min = 0, max = 364) int offset) {
        LocalDate nowruz = new JalaliDate(year, 1, 1).toGregorian();
        assertThat(JalaliDate.of(nowruz.plusDays(offset)).dayOfYear()).isEqualTo(offset + 1);
    }
}
