package org.hamyar.donors.aid.event;

import org.hamyar.donors.testing.Aid;
import org.hamyar.events.beneficiaries.AidGranted;
import org.hamyar.events.beneficiaries.AidRevoked;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AidEventRulesTest {

    private final AidGranted valid = Aid.foodBasket(UUID.randomUUID());

    @Test
    void aCompleteGrantPassesUnchanged() {
        assertThat(AidEventRules.checked(valid)).isEqualTo(valid);
    }

    @Test
    void aidInKindHasNoAmountAndAnOpenPeriod() {
        AidGranted inKind = with(g -> grant(g, "IN_KIND_GOODS", 0L, g.periodStart(), null, "26"));
        assertThat(AidEventRules.checked(inKind).amountRials()).isZero();
    }

    @Test
    void theProvinceIsWrittenAsItsTwoDigitCode() {
        assertThat(AidEventRules.checked(with(g -> grant(g, g.category(), 1L, g.periodStart(), null, "IR-26"))).provinceCode())
                .isEqualTo("26");
        assertThat(AidEventRules.checked(with(g -> grant(g, g.category(), 1L, g.periodStart(), null, "۲۲"))).provinceCode())
                .isEqualTo("22");
    }

    @Test
    void aNegativeAmountIsRefused() {
        assertRefused(with(g -> grant(g, g.category(), -1L, g.periodStart(), g.periodEnd(), "26")), "amountRials");
    }

    @Test
    void anUnknownProvinceIsRefused() {
        assertRefused(with(g -> grant(g, g.category(), 1L, g.periodStart(), g.periodEnd(), "99")), "provinceCode");
        assertRefused(with(g -> grant(g, g.category(), 1L, g.periodStart(), g.periodEnd(), null)), "provinceCode");
    }

    @Test
    void aCategoryThatIsNoEnumNameIsRefused() {
        assertRefused(with(g -> grant(g, "food basket", 1L, g.periodStart(), g.periodEnd(), "26")), "category");
        assertRefused(with(g -> grant(g, null, 1L, g.periodStart(), g.periodEnd(), "26")), "category");
    }

    @Test
    void aDeliveryStatusThatIsNoEnumNameIsRefusedAndAnUnknownOneAccepted() {
        AidGranted g = valid;
        assertRefused(new AidGranted(g.aidId(), g.householdId(), g.personId(), g.personHash(), g.category(),
                g.amountRials(), g.quantity(), g.periodStart(), g.periodEnd(), g.providerOrganizationId(),
                g.agreementId(), g.allocationId(), "26", g.county(), g.rural(), "delivered; drop table", 0,
                g.grantedAt()), "status");
        AidGranted future = new AidGranted(g.aidId(), g.householdId(), g.personId(), g.personHash(), g.category(),
                g.amountRials(), g.quantity(), g.periodStart(), g.periodEnd(), g.providerOrganizationId(),
                g.agreementId(), g.allocationId(), "26", g.county(), g.rural(), "PARTLY_DELIVERED", 0, g.grantedAt());
        assertThat(AidEventRules.checked(future).status()).isEqualTo("PARTLY_DELIVERED");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        LocalDate start = LocalDate.of(2025, 3, 21);
        assertRefused(with(g -> grant(g, g.category(), 1L, start, start.minusDays(1), "26")), "periodEnd");
        assertRefused(with(g -> grant(g, g.category(), 1L, null, null, "26")), "periodStart");
    }

    @Test
    void missingIdsAreRefused() {
        assertRefused(new AidGranted(null, valid.householdId(), null, null, "FOOD_BASKET", 1L, 1, valid.periodStart(),
                null, valid.providerOrganizationId(), null, null, "26", null, false, "GRANTED", 0, Instant.now()), "aidId");
        assertRefused(new AidGranted(valid.aidId(), valid.householdId(), null, null, "FOOD_BASKET", 1L, 1,
                valid.periodStart(), null, null, null, null, "26", null, false, "GRANTED", 0, Instant.now()),
                "providerOrganizationId");
        assertRefused(new AidGranted(valid.aidId(), valid.householdId(), null, null, "FOOD_BASKET", 1L, 1,
                valid.periodStart(), null, valid.providerOrganizationId(), null, null, "26", null, false, "GRANTED", 0,
                null), "grantedAt");
    }

    @Test
    void aidToAPersonOutsideAnyHouseholdNamesThePersonInstead() {
        UUID person = UUID.randomUUID();
        AidGranted alone = new AidGranted(valid.aidId(), null, person, "c".repeat(64), "DOWRY", 150_000_000L, 1,
                valid.periodStart(), null, valid.providerOrganizationId(), null, null, "26", null, false, "GRANTED", 0,
                Instant.now());
        assertThat(AidEventRules.checked(alone).personId()).isEqualTo(person);
        assertRefused(new AidGranted(valid.aidId(), null, null, null, "DOWRY", 1L, 1, valid.periodStart(), null,
                valid.providerOrganizationId(), null, null, "26", null, false, "GRANTED", 0, Instant.now()), "householdId");
    }

    @Test
    void aRevocationNeedsTheAidAndItsTime() {
        AidRevoked revocation = Aid.revoked(valid);
        assertThat(AidEventRules.checked(revocation)).isEqualTo(revocation);
        assertThatThrownBy(() -> AidEventRules.checked(new AidRevoked(null, null, null, null, Instant.now())))
                .isInstanceOf(UnusableEventException.class).hasMessageContaining("aidId");
        assertThatThrownBy(() -> AidEventRules.checked(new AidRevoked(valid.aidId(), null, null, null, null)))
                .isInstanceOf(UnusableEventException.class).hasMessageContaining("revokedAt");
    }

    private static void assertRefused(AidGranted grant, String field) {
        assertThatThrownBy(() -> AidEventRules.checked(grant))
                .isInstanceOf(UnusableEventException.class)
                .hasMessageContaining(field);
    }

    private AidGranted with(UnaryOperator<AidGranted> change) {
        return change.apply(valid);
    }

    private static AidGranted grant(AidGranted g, String category, long amount, LocalDate start, LocalDate end, String province) {
        return new AidGranted(g.aidId(), g.householdId(), g.personId(), g.personHash(), category, amount, g.quantity(),
                start, end, g.providerOrganizationId(), g.agreementId(), g.allocationId(), province, g.county(),
                g.rural(), g.status(), g.overlapWarnings(), g.grantedAt());
    }
}
