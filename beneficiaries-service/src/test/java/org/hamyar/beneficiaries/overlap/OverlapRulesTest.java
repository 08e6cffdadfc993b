package org.hamyar.beneficiaries.overlap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.hamyar.beneficiaries.aid.AidCategory;
import org.hamyar.beneficiaries.aid.AidStatus;
import org.hamyar.standards.JalaliDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OverlapRulesTest {

    static final UUID HOUSEHOLD = UUID.randomUUID();
    static final UUID OTHER_HOUSEHOLD = UUID.randomUUID();
    static final UUID PERSON = UUID.randomUUID();
    static final UUID OTHER_PERSON = UUID.randomUUID();
    static final UUID RELIEF = UUID.randomUUID();
    static final UUID WELFARE = UUID.randomUUID();
    static final LocalDate DAY = LocalDate.of(2025, 5, 10);

    static ProposedAid proposed(AidCategory category, LocalDate start, LocalDate end) {
        return new ProposedAid(HOUSEHOLD, category.requiresPerson() ? PERSON : null, category, start, end, WELFARE);
    }

    static RecordedAid recorded(AidCategory category, LocalDate start, LocalDate end) {
        return new RecordedAid(UUID.randomUUID(), HOUSEHOLD, category.requiresPerson() ? PERSON : null, category,
                start, end, RELIEF, AidStatus.DELIVERED);
    }

    static boolean overlaps(ProposedAid aid, RecordedAid recorded) {
        boolean conflict = !OverlapRules.conflicts(aid, List.of(recorded)).isEmpty();
        if (conflict) {
            // every conflict must lie inside the window the database is asked for
            CandidateWindow window = OverlapRules.window(aid).orElseThrow();
            LocalDate lastDay = recorded.periodEnd() != null ? recorded.periodEnd() : recorded.periodStart();
            assertThat(window.startsOnOrBefore() == null || !recorded.periodStart().isAfter(window.startsOnOrBefore()))
                    .as("start inside window").isTrue();
            assertThat(window.lastDayOnOrAfter() == null || !lastDay.isBefore(window.lastDayOnOrAfter()))
                    .as("last day inside window").isTrue();
        }
        return conflict;
    }

    @Nested
    class FoodBasket {
        @Test
        void aSecondBasketWithinThirtyDaysOverlapsEitherWay() {
            assertThat(overlaps(proposed(AidCategory.FOOD_BASKET, DAY.plusDays(10), null),
                    recorded(AidCategory.FOOD_BASKET, DAY, null))).isTrue();
            assertThat(overlaps(proposed(AidCategory.FOOD_BASKET, DAY.minusDays(29), null),
                    recorded(AidCategory.FOOD_BASKET, DAY, null))).isTrue();
        }

        @Test
        void thirtyDaysLaterIsANewPeriod() {
            assertThat(overlaps(proposed(AidCategory.FOOD_BASKET, DAY.plusDays(30), null),
                    recorded(AidCategory.FOOD_BASKET, DAY, null))).isFalse();
            assertThat(overlaps(proposed(AidCategory.FOOD_BASKET, DAY.minusDays(30), null),
                    recorded(AidCategory.FOOD_BASKET, DAY, null))).isFalse();
        }
    }

    @Nested
    class MonthlyStipend {
        @Test
        void twoStipendsInOneJalaliMonthOverlapEvenDaysApart() {
            // 1404-02-01 .. 1404-02-31 (2025-04-21 .. 2025-05-21)
            LocalDate first = new JalaliDate(1404, 2, 1).toGregorian();
            LocalDate last = new JalaliDate(1404, 2, 31).toGregorian();
            assertThat(overlaps(proposed(AidCategory.MONTHLY_STIPEND, last, null),
                    recorded(AidCategory.MONTHLY_STIPEND, first, null))).isTrue();
        }

        @Test
        void theNextJalaliMonthIsFreeEvenOneDayLater() {
            LocalDate last = new JalaliDate(1404, 2, 31).toGregorian();
            LocalDate next = new JalaliDate(1404, 3, 1).toGregorian();
            assertThat(next).isEqualTo(last.plusDays(1));
            assertThat(overlaps(proposed(AidCategory.MONTHLY_STIPEND, next, null),
                    recorded(AidCategory.MONTHLY_STIPEND, last, null))).isFalse();
        }

        @Test
        void aStipendForAWholeYearCoversEveryMonthOfIt() {
            LocalDate start = new JalaliDate(1404, 1, 1).toGregorian();
            LocalDate end = new JalaliDate(1404, 12, 29).toGregorian();
            assertThat(overlaps(proposed(AidCategory.MONTHLY_STIPEND, new JalaliDate(1404, 8, 15).toGregorian(), null),
                    recorded(AidCategory.MONTHLY_STIPEND, start, end))).isTrue();
        }
    }

    @Nested
    class Insurance {
        @ParameterizedTest
        @EnumSource(value = AidCategory.class, names = {"HEALTH_INSURANCE", "RURAL_HOUSING_INSURANCE"})
        void coveragePeriodsMustNotOverlap(AidCategory category) {
            RecordedAid year = recorded(category, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
            assertThat(overlaps(proposed(category, LocalDate.of(2025, 12, 31), LocalDate.of(2026, 6, 1)), year)).isTrue();
            assertThat(overlaps(proposed(category, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 1)), year)).isFalse();
            assertThat(overlaps(proposed(category, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 12, 31)), year)).isFalse();
        }

        @Test
        void coverageWithoutAnEndLastsOneYear() {
            RecordedAid open = recorded(AidCategory.HEALTH_INSURANCE, LocalDate.of(2025, 3, 1), null);
            assertThat(overlaps(proposed(AidCategory.HEALTH_INSURANCE, LocalDate.of(2026, 2, 28), null), open)).isTrue();
            assertThat(overlaps(proposed(AidCategory.HEALTH_INSURANCE, LocalDate.of(2026, 3, 1), null), open)).isFalse();
        }

        @Test
        void healthInsuranceIsPersonal() {
            RecordedAid sisters = new RecordedAid(UUID.randomUUID(), HOUSEHOLD, OTHER_PERSON, AidCategory.HEALTH_INSURANCE,
                    DAY, DAY.plusMonths(6), RELIEF, AidStatus.DELIVERED);
            assertThat(overlaps(proposed(AidCategory.HEALTH_INSURANCE, DAY, DAY.plusMonths(6)), sisters)).isFalse();
        }

        @Test
        void ruralHousingInsuranceIsPerHousehold() {
            RecordedAid neighbours = new RecordedAid(UUID.randomUUID(), OTHER_HOUSEHOLD, null,
                    AidCategory.RURAL_HOUSING_INSURANCE, DAY, null, RELIEF, AidStatus.DELIVERED);
            assertThat(overlaps(proposed(AidCategory.RURAL_HOUSING_INSURANCE, DAY, null), neighbours)).isFalse();
        }
    }

    @Nested
    class OnceInALifetime {
        @Test
        void housingOncePerHousehold() {
            RecordedAid longAgo = recorded(AidCategory.HOUSING, LocalDate.of(2001, 1, 1), null);
            assertThat(overlaps(proposed(AidCategory.HOUSING, DAY, null), longAgo)).isTrue();
            assertThat(OverlapRules.window(proposed(AidCategory.HOUSING, DAY, null)).orElseThrow().lastDayOnOrAfter()).isNull();
        }

        @Test
        void dowryOncePerPersonButEachDaughterHasHerOwn() {
            RecordedAid elder = new RecordedAid(UUID.randomUUID(), HOUSEHOLD, OTHER_PERSON, AidCategory.DOWRY,
                    LocalDate.of(2015, 1, 1), null, RELIEF, AidStatus.DELIVERED);
            assertThat(overlaps(proposed(AidCategory.DOWRY, DAY, null), elder)).isFalse();
            assertThat(overlaps(proposed(AidCategory.DOWRY, DAY, null),
                    recorded(AidCategory.DOWRY, LocalDate.of(2015, 1, 1), null))).isTrue();
        }
    }

    @Nested
    class EmploymentLoan {
        @Test
        void aLoanIsOpenForTwelveMonthsWithoutAnEndDate() {
            RecordedAid loan = recorded(AidCategory.EMPLOYMENT_LOAN, LocalDate.of(2025, 1, 15), null);
            assertThat(overlaps(proposed(AidCategory.EMPLOYMENT_LOAN, LocalDate.of(2026, 1, 14), null), loan)).isTrue();
            assertThat(overlaps(proposed(AidCategory.EMPLOYMENT_LOAN, LocalDate.of(2026, 1, 15), null), loan)).isFalse();
        }

        @Test
        void aLoanWithARepaymentEndIsOpenUntilThen() {
            RecordedAid loan = recorded(AidCategory.EMPLOYMENT_LOAN, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31));
            assertThat(overlaps(proposed(AidCategory.EMPLOYMENT_LOAN, LocalDate.of(2026, 6, 1), null), loan)).isTrue();
        }
    }

    @Nested
    class EducationSupport {
        @Test
        void theAcademicYearStartsOnFirstMehr() {
            OverlapRules.Stretch year = OverlapRules.academicYear(LocalDate.of(2025, 1, 1));
            assertThat(JalaliDate.of(year.first())).isEqualTo(new JalaliDate(1403, 7, 1));
            assertThat(JalaliDate.of(year.last())).isEqualTo(new JalaliDate(1404, 6, 31));
            assertThat(year.first()).isEqualTo(LocalDate.of(2024, 9, 22));
        }

        @Test
        void onePerPersonPerAcademicYear() {
            LocalDate lastOfShahrivar = new JalaliDate(1404, 6, 31).toGregorian();
            LocalDate firstOfMehr = new JalaliDate(1404, 7, 1).toGregorian();
            RecordedAid autumn = recorded(AidCategory.EDUCATION_SUPPORT, new JalaliDate(1403, 7, 5).toGregorian(), null);
            assertThat(overlaps(proposed(AidCategory.EDUCATION_SUPPORT, lastOfShahrivar, null), autumn)).isTrue();
            assertThat(overlaps(proposed(AidCategory.EDUCATION_SUPPORT, firstOfMehr, null), autumn)).isFalse();
        }
    }

    @Nested
    class Pilgrimage {
        @Test
        void onePerHouseholdPerThreeYears() {
            RecordedAid trip = recorded(AidCategory.PILGRIMAGE, LocalDate.of(2022, 8, 1), null);
            assertThat(overlaps(proposed(AidCategory.PILGRIMAGE, LocalDate.of(2025, 7, 31), null), trip)).isTrue();
            assertThat(overlaps(proposed(AidCategory.PILGRIMAGE, LocalDate.of(2025, 8, 1), null), trip)).isFalse();
        }
    }

    @Nested
    class CashGrant {
        @Test
        void threeGrantsWithinNinetyDaysAreAllowed() {
            List<RecordedAid> two = List.of(recorded(AidCategory.CASH_GRANT, DAY, null),
                    recorded(AidCategory.CASH_GRANT, DAY.plusDays(20), null));
            assertThat(OverlapRules.conflicts(proposed(AidCategory.CASH_GRANT, DAY.plusDays(40), null), two)).isEmpty();
        }

        @Test
        void theFourthWithinNinetyDaysOverlapsTheThreeBeforeIt() {
            List<RecordedAid> three = List.of(recorded(AidCategory.CASH_GRANT, DAY, null),
                    recorded(AidCategory.CASH_GRANT, DAY.plusDays(30), null),
                    recorded(AidCategory.CASH_GRANT, DAY.plusDays(60), null));
            assertThat(OverlapRules.conflicts(proposed(AidCategory.CASH_GRANT, DAY.plusDays(89), null), three))
                    .containsExactlyElementsOf(three);
            assertThat(OverlapRules.conflicts(proposed(AidCategory.CASH_GRANT, DAY.plusDays(90), null), three)).isEmpty();
        }

        @Test
        void aGrantBetweenOthersCountsTheSpansAroundIt() {
            // 0, 50, 100 days; a grant at day 70 shares a 90-day span with days 50 and 100 only
            // (two), and another span with 0 and 50 (two): allowed. At day 60, 0/50/60 share one.
            List<RecordedAid> three = new ArrayList<>(List.of(recorded(AidCategory.CASH_GRANT, DAY, null),
                    recorded(AidCategory.CASH_GRANT, DAY.plusDays(50), null),
                    recorded(AidCategory.CASH_GRANT, DAY.plusDays(100), null)));
            assertThat(OverlapRules.conflicts(proposed(AidCategory.CASH_GRANT, DAY.plusDays(95), null), three)).isEmpty();
            three.add(recorded(AidCategory.CASH_GRANT, DAY.plusDays(10), null));
            assertThat(OverlapRules.conflicts(proposed(AidCategory.CASH_GRANT, DAY.plusDays(60), null), three))
                    .extracting(RecordedAid::periodStart)
                    .containsExactly(DAY, DAY.plusDays(10), DAY.plusDays(50));
        }
    }

    @ParameterizedTest
    @EnumSource(value = AidCategory.class, names = {"CULTURAL_PACKAGE", "IFTAR_MEAL"})
    void culturalPackagesAndIftarMealsHaveNoRule(AidCategory category) {
        assertThat(OverlapRules.window(proposed(category, DAY, null))).isEmpty();
        assertThat(OverlapRules.conflicts(proposed(category, DAY, null), List.of(recorded(category, DAY, null)))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = AidCategory.class, names = {"CULTURAL_PACKAGE", "IFTAR_MEAL"}, mode = EnumSource.Mode.EXCLUDE)
    void revokedAidNeverOverlaps(AidCategory category) {
        List<RecordedAid> revoked = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            revoked.add(new RecordedAid(UUID.randomUUID(), HOUSEHOLD, category.requiresPerson() ? PERSON : null,
                    category, DAY, null, RELIEF, AidStatus.REVOKED));
        }
        assertThat(OverlapRules.conflicts(proposed(category, DAY, null), revoked)).isEmpty();
        List<RecordedAid> live = revoked.stream().map(r -> new RecordedAid(r.aidId(), r.householdId(), r.personId(),
                r.category(), r.periodStart(), r.periodEnd(), r.providerOrganizationId(), AidStatus.PLANNED)).toList();
        assertThat(OverlapRules.conflicts(proposed(category, DAY, null), live)).isNotEmpty();
    }

    @Test
    void otherCategoriesNeverOverlap() {
        assertThat(OverlapRules.conflicts(proposed(AidCategory.FOOD_BASKET, DAY, null),
                List.of(recorded(AidCategory.CASH_GRANT, DAY, null)))).isEmpty();
    }

    @Test
    void personalAidNeedsAPerson() {
        assertThatThrownBy(() -> new ProposedAid(HOUSEHOLD, null, AidCategory.DOWRY, DAY, null, WELFARE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
