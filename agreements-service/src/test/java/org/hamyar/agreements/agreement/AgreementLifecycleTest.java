package org.hamyar.agreements.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AgreementLifecycleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void onlyADraftIsEditedAndSigned() {
        for (AgreementStatus status : AgreementStatus.values()) {
            boolean draft = status == AgreementStatus.DRAFT;
            assertThat(AgreementLifecycle.allows(status, AgreementAction.EDIT)).as("edit %s", status).isEqualTo(draft);
            assertThat(AgreementLifecycle.allows(status, AgreementAction.SIGN)).as("sign %s", status).isEqualTo(draft);
        }
    }

    @ParameterizedTest
    @EnumSource(value = AgreementStatus.class, names = {"SIGNED", "ACTIVE"})
    void aSignedTextChangesOnlyByAmendmentAndCanBeTerminated(AgreementStatus status) {
        assertThat(AgreementLifecycle.allows(status, AgreementAction.AMEND)).isTrue();
        assertThat(AgreementLifecycle.allows(status, AgreementAction.TERMINATE)).isTrue();
        assertThat(AgreementLifecycle.allows(status, AgreementAction.EDIT)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = AgreementStatus.class, names = {"DRAFT", "EXPIRED", "TERMINATED"})
    void draftsAndEndedAgreementsAreNeitherAmendedNorTerminated(AgreementStatus status) {
        assertThat(AgreementLifecycle.allows(status, AgreementAction.AMEND)).isFalse();
        assertThat(AgreementLifecycle.allows(status, AgreementAction.TERMINATE)).isFalse();
    }

    @Test
    void progressIsReportedWhileInForceAndLateAfterExpiryButNeverOnATerminatedAgreement() {
        assertThat(AgreementLifecycle.statusesAllowing(AgreementAction.REPORT_PROGRESS))
                .containsExactlyInAnyOrder(AgreementStatus.ACTIVE, AgreementStatus.EXPIRED);
    }

    @Test
    void theCommitteeSitsOnceSignedAndWhileInForce() {
        assertThat(AgreementLifecycle.statusesAllowing(AgreementAction.MANAGE_COMMITTEE))
                .containsExactlyInAnyOrder(AgreementStatus.SIGNED, AgreementStatus.ACTIVE);
    }

    @Test
    void aSignedAgreementActivatesOnItsEffectiveDateNotBefore() {
        assertThat(AgreementLifecycle.activationDue(AgreementStatus.SIGNED, TODAY.plusDays(1), TODAY)).isFalse();
        assertThat(AgreementLifecycle.activationDue(AgreementStatus.SIGNED, TODAY, TODAY)).isTrue();
        assertThat(AgreementLifecycle.activationDue(AgreementStatus.SIGNED, TODAY.minusYears(8), TODAY)).isTrue();
        assertThat(AgreementLifecycle.activationDue(AgreementStatus.DRAFT, TODAY, TODAY)).isFalse();
        assertThat(AgreementLifecycle.activationDue(AgreementStatus.ACTIVE, TODAY, TODAY)).isFalse();
    }

    @Test
    void anActiveAgreementExpiresTheDayAfterItsLastDay() {
        assertThat(AgreementLifecycle.expiryDue(AgreementStatus.ACTIVE, TODAY, TODAY)).isFalse();
        assertThat(AgreementLifecycle.expiryDue(AgreementStatus.ACTIVE, TODAY.minusDays(1), TODAY)).isTrue();
        assertThat(AgreementLifecycle.expiryDue(AgreementStatus.ACTIVE, null, TODAY)).as("no end date").isFalse();
        assertThat(AgreementLifecycle.expiryDue(AgreementStatus.SIGNED, TODAY.minusDays(1), TODAY)).isFalse();
    }

    @Test
    void aTerminationForALaterDateWaitsForIt() {
        assertThat(AgreementLifecycle.terminationDue(AgreementStatus.ACTIVE, TODAY.plusDays(1), TODAY)).isFalse();
        assertThat(AgreementLifecycle.terminationDue(AgreementStatus.ACTIVE, TODAY, TODAY)).isTrue();
        assertThat(AgreementLifecycle.terminationDue(AgreementStatus.SIGNED, TODAY, TODAY)).isTrue();
        assertThat(AgreementLifecycle.terminationDue(AgreementStatus.TERMINATED, TODAY, TODAY)).isFalse();
        assertThat(AgreementLifecycle.terminationDue(AgreementStatus.ACTIVE, null, TODAY)).isFalse();
    }
}
