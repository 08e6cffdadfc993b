package org.hamyar.beneficiaries.overlap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hamyar.beneficiaries.aid.AidCategory;
import org.hamyar.beneficiaries.aid.AidStatus;
import org.hamyar.beneficiaries.coordination.CoordinationTerms;
import org.junit.jupiter.api.Test;

class OverlapPolicyTest {

    static final UUID HOUSEHOLD = UUID.randomUUID();
    static final UUID RELIEF = UUID.randomUUID();
    static final UUID WELFARE = UUID.randomUUID();
    static final UUID STRANGER = UUID.randomUUID();
    static final LocalDate DAY = LocalDate.of(2025, 5, 10);
    static final OverlapPolicy.Place QAZVIN_ALBORZ = new OverlapPolicy.Place("26", "البرز");

    static final ProposedAid WELFARE_BASKET =
            new ProposedAid(HOUSEHOLD, null, AidCategory.FOOD_BASKET, DAY.plusDays(10), null, WELFARE);

    static RecordedAid basketFrom(UUID provider) {
        return new RecordedAid(UUID.randomUUID(), HOUSEHOLD, null, AidCategory.FOOD_BASKET, DAY, null, provider,
                AidStatus.DELIVERED);
    }

    static CoordinationTerms agreement(Set<String> provinces, Set<String> counties, Set<String> blocking, boolean sharing) {
        return new CoordinationTerms(UUID.randomUUID(), Set.of(RELIEF, WELFARE), provinces, counties, blocking, sharing);
    }

    @Test
    void theSameProviderRepeatingItselfIsAlwaysBlocked() {
        OverlapAssessment assessment = OverlapPolicy.assess(WELFARE_BASKET, QAZVIN_ALBORZ,
                List.of(basketFrom(WELFARE)), List.of());
        assertThat(assessment.blocked()).isTrue();
        assertThat(assessment.conflicts().getFirst().reason()).isEqualTo(Conflict.Reason.SAME_PROVIDER);
        assertThat(assessment.conflicts().getFirst().disclosed()).isTrue();
    }

    @Test
    void anotherProviderWithoutAgreementIsAWarningThatNamesNobody() {
        OverlapAssessment assessment = OverlapPolicy.assess(WELFARE_BASKET, QAZVIN_ALBORZ,
                List.of(basketFrom(RELIEF)), List.of());
        assertThat(assessment.blocked()).isFalse();
        assertThat(assessment.warnings()).singleElement().satisfies(c -> {
            assertThat(c.reason()).isEqualTo(Conflict.Reason.NO_BLOCKING_AGREEMENT);
            assertThat(c.disclosed()).isFalse();
        });
    }

    @Test
    void anAgreementBlockingTheCategoryInTheProvinceBlocks() {
        CoordinationTerms terms = agreement(Set.of("26"), Set.of(), Set.of("FOOD_BASKET"), true);
        OverlapAssessment assessment = OverlapPolicy.assess(WELFARE_BASKET, QAZVIN_ALBORZ,
                List.of(basketFrom(RELIEF)), List.of(terms));
        assertThat(assessment.blocked()).isTrue();
        Conflict conflict = assessment.conflicts().getFirst();
        assertThat(conflict.reason()).isEqualTo(Conflict.Reason.AGREEMENT_BLOCKS);
        assertThat(conflict.agreementId()).isEqualTo(terms.agreementId());
        assertThat(conflict.disclosed()).isTrue();
    }

    @Test
    void blockingWithoutDataSharingStillHidesTheOtherAgency() {
        CoordinationTerms terms = agreement(Set.of(), Set.of(), Set.of("FOOD_BASKET"), false);
        Conflict conflict = OverlapPolicy.assess(WELFARE_BASKET, QAZVIN_ALBORZ, List.of(basketFrom(RELIEF)),
                List.of(terms)).conflicts().getFirst();
        assertThat(conflict.blocks()).isTrue();
        assertThat(conflict.disclosed()).isFalse();
    }

    @Test
    void anAgreementElsewhereOrOnOtherCategoriesOnlyWarns() {
        CoordinationTerms hormozgan = agreement(Set.of("22"), Set.of(), Set.of("FOOD_BASKET"), true);
        CoordinationTerms otherCounty = agreement(Set.of("26"), Set.of("تاکستان"), Set.of("FOOD_BASKET"), true);
        CoordinationTerms cashOnly = agreement(Set.of("26"), Set.of(), Set.of("CASH_GRANT"), true);
        OverlapAssessment assessment = OverlapPolicy.assess(WELFARE_BASKET, QAZVIN_ALBORZ,
                List.of(basketFrom(RELIEF)), List.of(hormozgan, otherCounty, cashOnly));
        assertThat(assessment.blocked()).isFalse();
        assertThat(assessment.warnings().getFirst().disclosed()).as("data sharing still names the partner").isTrue();
    }

    @Test
    void countiesCompareInNormalisedForm() {
        // Arabic yeh and kaf, and a zero-width non-joiner, as a partner might type them
        CoordinationTerms terms = agreement(Set.of("26"), Set.of("آبيك"), Set.of("FOOD_BASKET"), false);
        assertThat(terms.covers("26", "آبیک")).isTrue();
        assertThat(terms.covers("26", "البرز")).isFalse();
    }

    @Test
    void anAgreementWithAThirdPartyDoesNotBindTheOtherProvider() {
        CoordinationTerms withStranger = new CoordinationTerms(UUID.randomUUID(), Set.of(WELFARE, STRANGER),
                Set.of(), Set.of(), Set.of("FOOD_BASKET"), true);
        OverlapAssessment assessment = OverlapPolicy.assess(WELFARE_BASKET, QAZVIN_ALBORZ,
                List.of(basketFrom(RELIEF)), List.of(withStranger));
        assertThat(assessment.blocked()).isFalse();
        assertThat(assessment.warnings().getFirst().disclosed()).isFalse();
    }

    @Test
    void oneBlockingConflictBlocksTheWholeGrant() {
        CoordinationTerms terms = agreement(Set.of(), Set.of(), Set.of("FOOD_BASKET"), true);
        OverlapAssessment assessment = OverlapPolicy.assess(WELFARE_BASKET, QAZVIN_ALBORZ,
                List.of(basketFrom(STRANGER), basketFrom(RELIEF)), List.of(terms));
        assertThat(assessment.blocked()).isTrue();
        assertThat(assessment.conflicts()).extracting(Conflict::outcome)
                .containsExactly(Conflict.Outcome.WARN, Conflict.Outcome.BLOCK);
    }
}
