package org.hamyar.beneficiaries.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The referral lifecycle of docs/product.md §4, decided in one place. */
class ReferralActionTest {

    @Test
    void theReceiverAcceptsDeclinesAndCompletesTheSenderRevokes() {
        assertThat(ReferralAction.ACCEPT.party()).isEqualTo(ReferralAction.Party.RECEIVER);
        assertThat(ReferralAction.DECLINE.party()).isEqualTo(ReferralAction.Party.RECEIVER);
        assertThat(ReferralAction.COMPLETE.party()).isEqualTo(ReferralAction.Party.RECEIVER);
        assertThat(ReferralAction.REVOKE.party()).isEqualTo(ReferralAction.Party.SENDER);
    }

    @Test
    void eachActionAppliesToItsStatesOnly() {
        assertThat(from(ReferralAction.ACCEPT)).containsExactly(ReferralStatus.SENT);
        assertThat(from(ReferralAction.DECLINE)).containsExactly(ReferralStatus.SENT);
        assertThat(from(ReferralAction.COMPLETE)).containsExactly(ReferralStatus.ACCEPTED);
        assertThat(from(ReferralAction.REVOKE)).containsExactlyInAnyOrder(ReferralStatus.SENT, ReferralStatus.ACCEPTED);
    }

    @Test
    void declinedCompletedAndRevokedAreFinal() {
        for (ReferralStatus last : EnumSet.of(ReferralStatus.DECLINED, ReferralStatus.COMPLETED, ReferralStatus.REVOKED)) {
            assertThat(Arrays.stream(ReferralAction.values()).filter(a -> a.appliesTo(last))).as(last.name()).isEmpty();
        }
        assertThat(Arrays.stream(ReferralAction.values()).map(ReferralAction::result).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(ReferralStatus.ACCEPTED, ReferralStatus.DECLINED, ReferralStatus.COMPLETED,
                        ReferralStatus.REVOKED);
    }

    private static Set<ReferralStatus> from(ReferralAction action) {
        return Arrays.stream(ReferralStatus.values()).filter(action::appliesTo).collect(Collectors.toSet());
    }
}
