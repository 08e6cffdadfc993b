package org.hamyar.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import org.hamyar.api.problem.DomainProblem;
import org.junit.jupiter.api.Test;

/** The one rule set for staff, auditors, admins and callers without an organisation. */
class ActorTest {

    private static final UUID QAZVIN = UUID.fromString("0a000000-0000-4000-8000-000000000002");
    private static final UUID TEHRAN = UUID.fromString("0a000000-0000-4000-8000-000000000003");

    @Test
    void staffActForTheirOwnOrganisationOnly() {
        Actor officer = Actor.of(QAZVIN, "officer.qazvin", Roles.OFFICER);
        assertThat(officer.organization()).isEqualTo(QAZVIN);
        assertThat(officer.belongsTo(QAZVIN)).isTrue();
        assertThat(officer.belongsTo(TEHRAN)).isFalse();
        assertThat(officer.auditsNetwork()).isFalse();
        assertThat(officer.administersNetwork()).isFalse();
        assertThat(officer.readsNetworkRecords()).isFalse();
    }

    @Test
    void anAuditorReadsTheWholeNetwork() {
        Actor auditor = Actor.of(null, "auditor", Roles.AUDITOR);
        assertThat(auditor.auditsNetwork()).isTrue();
        assertThat(auditor.readsNetworkRecords()).isTrue();
        assertThat(auditor.administersNetwork()).isFalse();
    }

    @Test
    void anAdminManagesTheNetworkButOpensNoFamilysRecordByItsRole() {
        Actor admin = Actor.of(null, "admin", Roles.ADMIN);
        assertThat(admin.administersNetwork()).isTrue();
        assertThat(admin.readsNetworkRecords()).isTrue();
        assertThat(admin.auditsNetwork()).isFalse();
    }

    @Test
    void actingForAnOrganisationWithoutOneIs403() {
        Actor nobody = new Actor(null, "no-org", Set.of(Roles.COORDINATOR));
        assertThat(nobody.organizationIfAny()).isEmpty();
        assertThat(nobody.belongsTo(QAZVIN)).isFalse();
        assertThatThrownBy(nobody::organization)
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.status()).isEqualTo(403);
                    assertThat(problem.slug()).isEqualTo("no-organization");
                });
    }

    @Test
    void rolesAreCopied() {
        var roles = new java.util.HashSet<>(Set.of(Roles.OFFICER));
        Actor officer = new Actor(QAZVIN, "o", roles);
        roles.add(Roles.ADMIN);
        assertThat(officer.administersNetwork()).isFalse();
    }
}
