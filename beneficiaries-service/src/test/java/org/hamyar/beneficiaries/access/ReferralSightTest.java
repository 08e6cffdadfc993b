package org.hamyar.beneficiaries.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hamyar.api.security.Actor;
import org.hamyar.api.security.Roles;
import org.junit.jupiter.api.Test;

/** The referral path of docs/product.md §2: the receiver of an accepted referral sees the sender's version, and only that. */
class ReferralSightTest {

    static final UUID RELIEF = UUID.randomUUID();
    static final UUID WELFARE = UUID.randomUUID();
    static final UUID RURAL = UUID.randomUUID();

    record Version(UUID organization, String text) {
    }

    static final List<Version> VERSIONS = List.of(new Version(WELFARE, "welfare's"), new Version(RELIEF, "relief's"));

    @Test
    void theReceiverSeesTheSendersVersionAloneAndTheReadIsLogged() {
        Sight<Version> sight = Sight.of(Actor.of(RURAL, "coordinator", Roles.COORDINATOR), VERSIONS, Version::organization,
                Set.of(), Set.of(RELIEF));
        assertThat(sight.access()).isEqualTo(Access.REFERRAL);
        assertThat(sight.access().logged()).isTrue();
        assertThat(sight.visible()).extracting(Version::text).containsExactly("relief's");
        assertThat(sight.shown().text()).isEqualTo("relief's");
        assertThat(sight.logged()).isTrue();
    }

    @Test
    void withoutAnAcceptedReferralTheRecordDoesNotExist() {
        assertThat(Sight.of(Actor.of(RURAL, "coordinator", Roles.COORDINATOR), VERSIONS, Version::organization,
                Set.of(), Set.of())).isNull();
        // a referral names the sender: one that registered nothing opens nothing
        assertThat(Sight.of(Actor.of(RURAL, "coordinator", Roles.COORDINATOR), VERSIONS, Version::organization,
                Set.of(), Set.of(UUID.randomUUID()))).isNull();
    }

    @Test
    void registrationAndDataSharingComeBeforeAReferral() {
        assertThat(Access.of(Actor.of(RELIEF, "officer", Roles.OFFICER), List.of(RELIEF), Set.of(), Set.of(RELIEF)))
                .isEqualTo(Access.REGISTRANT);
        assertThat(Access.of(Actor.of(RURAL, "officer", Roles.OFFICER), List.of(RELIEF), Set.of(RELIEF), Set.of(RELIEF)))
                .isEqualTo(Access.DATA_SHARING);
        assertThat(Access.of(Actor.of(RURAL, "auditor", Roles.AUDITOR), List.of(RELIEF), Set.of(), Set.of(RELIEF)))
                .isEqualTo(Access.REFERRAL);
    }
}
