package org.hamyar.beneficiaries.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.hamyar.beneficiaries.aid.AidCategory;
import org.hamyar.beneficiaries.report.rest.OverlapCsv;
import org.junit.jupiter.api.Test;

/** The overlap report's privacy rule and its CSV, in milliseconds. */
class OverlapCaseTest {

    static final UUID ME = UUID.randomUUID();
    static final UUID PARTNER = UUID.randomUUID();
    static final UUID STRANGER = UUID.randomUUID();
    static final UUID HOUSEHOLD = UUID.randomUUID();
    static final LocalDate MAY = LocalDate.of(2025, 5, 1);

    @Test
    void aStrangersAidIsAnotherAgencyWithNothingOfItsAid() {
        OverlapCase c = OverlapCase.of(new OverlapCase.Reader(ME, Set.of(PARTNER), false),
                List.of(pair(ME, STRANGER, "WARN")), List.of(ME));
        assertThat(c.householdId()).isEqualTo(HOUSEHOLD);
        assertThat(c.logged()).as("its own household").isFalse();
        assertThat(c.detected().own()).isTrue();
        assertThat(c.detected().aidId()).isNotNull();
        OverlapCase.Side other = c.overlapped().getFirst();
        assertThat(other.disclosed()).isFalse();
        assertThat(other.provider()).isNull();
        assertThat(other.aidId()).isNull();
        assertThat(other.periodStart()).isNull();
        assertThat(other.periodEnd()).isNull();
        assertThat(other.outcome()).isEqualTo("WARN");
        assertThat(c.warnings()).isOne();
        assertThat(c.overriddenBlocks()).isZero();
    }

    @Test
    void aPartnerIsNamedAndItsHouseholdShownAsALoggedRead() {
        OverlapCase c = OverlapCase.of(new OverlapCase.Reader(ME, Set.of(PARTNER), false),
                List.of(pair(PARTNER, ME, "BLOCK")), List.of(PARTNER));
        assertThat(c.householdId()).isEqualTo(HOUSEHOLD);
        assertThat(c.logged()).isTrue();
        assertThat(c.detected().provider()).isEqualTo(PARTNER);
        assertThat(c.detected().aidId()).isNotNull();
        assertThat(c.overlapped().getFirst().own()).isTrue();
        assertThat(c.overriddenBlocks()).isOne();
    }

    @Test
    void aHouseholdTheReaderMayNotSeeHidesItsIdAndEveryAidIdEvenItsOwn() {
        OverlapCase c = OverlapCase.of(new OverlapCase.Reader(ME, Set.of(), false),
                List.of(pair(STRANGER, ME, "WARN")), List.of(STRANGER));
        assertThat(c.householdId()).isNull();
        assertThat(c.logged()).isFalse();
        assertThat(c.detected().disclosed()).isFalse();
        assertThat(c.overlapped().getFirst().own()).isTrue();
        assertThat(c.overlapped().getFirst().aidId()).isNull();
    }

    @Test
    void anAuditorSeesEverythingAndAnAuditorWithoutOrganisationOwnsNothing() {
        OverlapCase c = OverlapCase.of(new OverlapCase.Reader(null, Set.of(), true),
                List.of(pair(STRANGER, PARTNER, "WARN")), List.of(STRANGER));
        assertThat(c.householdId()).isEqualTo(HOUSEHOLD);
        assertThat(c.logged()).isTrue();
        assertThat(c.detected().provider()).isEqualTo(STRANGER);
        assertThat(c.detected().own()).isFalse();
        assertThat(c.overlapped().getFirst().provider()).isEqualTo(PARTNER);
    }

    @Test
    void theCsvHasABomCrlfQuotingAndNoFormulas() {
        OverlapCase c = OverlapCase.of(new OverlapCase.Reader(ME, Set.of(), false),
                List.of(pair(ME, STRANGER, "WARN")), List.of(ME));
        OverlapCase odd = new OverlapCase(null, "26", "=HYPERLINK(\"x\"), البرز", AidCategory.FOOD_BASKET, c.detected(),
                c.overlapped(), 1, 0, false);
        String csv = OverlapCsv.of(List.of(odd), Locale.forLanguageTag("fa"));
        assertThat(csv).startsWith("\uFEFFprovinceCode,").endsWith("\r\n");
        assertThat(csv.split("\r\n")[1]).startsWith("26,\"'=HYPERLINK(\"\"x\"\"), البرز\",FOOD_BASKET,,سازمان شما,")
                .contains("سازمان دیگری در شبکه (WARN)").contains("1404-02-11");
    }

    private static OverlapReportRepository.Pair pair(UUID provider, UUID overlappedProvider, String outcome) {
        return new OverlapReportRepository.Pair(UUID.randomUUID(), HOUSEHOLD, AidCategory.FOOD_BASKET, "26", "البرز", MAY, null,
                provider, Instant.parse("2025-05-01T08:00:00Z"), UUID.randomUUID(), MAY.minusDays(5), null,
                overlappedProvider, outcome);
    }
}
