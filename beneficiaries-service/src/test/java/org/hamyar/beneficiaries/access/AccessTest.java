package org.hamyar.beneficiaries.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hamyar.api.security.Actor;
import org.hamyar.api.security.Roles;
import org.junit.jupiter.api.Test;

/** Who sees a family's record (docs/product.md §2), by organisation and role. */
class AccessTest {

    static final UUID RELIEF = UUID.randomUUID();
    static final UUID WELFARE = UUID.randomUUID();
    static final UUID STRANGER = UUID.randomUUID();
    static final List<UUID> REGISTERED_BY_RELIEF = List.of(RELIEF);

    @Test
    void theRegistrantSeesItsOwnWithoutALogEntry() {
        Access access = Access.of(Actor.of(RELIEF, "officer", Roles.OFFICER), REGISTERED_BY_RELIEF, Set.of(WELFARE));
        assertThat(access).isEqualTo(Access.REGISTRANT);
        assertThat(access.logged()).isFalse();
    }

    @Test
    void aDataSharingPartnerSeesItAndTheReadIsLogged() {
        Access access = Access.of(Actor.of(WELFARE, "officer", Roles.OFFICER), REGISTERED_BY_RELIEF, Set.of(RELIEF));
        assertThat(access).isEqualTo(Access.DATA_SHARING);
        assertThat(access.logged()).isTrue();
    }

    @Test
    void anAuditorSeesEveryRecordWithOrWithoutAnOrganisation() {
        assertThat(Access.of(Actor.of(STRANGER, "auditor", Roles.AUDITOR), REGISTERED_BY_RELIEF, Set.of()))
                .isEqualTo(Access.NETWORK_AUDIT);
        assertThat(Access.of(Actor.of(null, "auditor", Roles.AUDITOR), REGISTERED_BY_RELIEF, Set.of()))
                .isEqualTo(Access.NETWORK_AUDIT);
    }

    @Test
    void anAdminRoleOpensNoFamilysRecord() {
        assertThat(Access.of(Actor.of(STRANGER, "admin", Roles.ADMIN), REGISTERED_BY_RELIEF, Set.of())).isEqualTo(Access.NONE);
        assertThat(Access.of(Actor.of(null, "admin", Roles.ADMIN), REGISTERED_BY_RELIEF, Set.of())).isEqualTo(Access.NONE);
        // an admin who is also staff of the registering organisation sees it as staff
        assertThat(Access.of(Actor.of(RELIEF, "admin", Roles.ADMIN, Roles.OFFICER), REGISTERED_BY_RELIEF, Set.of()))
                .isEqualTo(Access.REGISTRANT);
    }

    @Test
    void anyoneElseDoesNotSeeIt() {
        Access access = Access.of(Actor.of(STRANGER, "officer", Roles.OFFICER), REGISTERED_BY_RELIEF, Set.of(WELFARE));
        assertThat(access).isEqualTo(Access.NONE);
        assertThat(access.granted()).isFalse();
    }
}
