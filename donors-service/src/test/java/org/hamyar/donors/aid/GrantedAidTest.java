package org.hamyar.donors.aid;

import io.quarkus.security.ForbiddenException;
import org.hamyar.api.problem.DomainProblem;
import org.hamyar.api.security.Actor;
import org.hamyar.api.security.Roles;
import org.hamyar.donors.testing.Aid;
import org.hamyar.events.beneficiaries.AidGranted;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GrantedAidTest {

    private final UUID relief = UUID.randomUUID();
    private final AidGranted grant = Aid.granted(relief, "FOOD_BASKET", 25_000_000L, "26", UUID.randomUUID());
    private final Instant recorded = Instant.parse("2025-03-21T08:00:00Z");

    @Test
    void grantedAidKeepsWhatTheEventSaidAndItsAllocation() {
        GrantedAid aid = new GrantedAid(grant, UUID.randomUUID(), recorded);
        assertThat(aid.status()).isEqualTo(GrantedAidStatus.GRANTED);
        assertThat(aid.amountRials()).isEqualTo(25_000_000L);
        assertThat(aid.allocationId()).isEqualTo(grant.allocationId());
        assertThat(aid.updatedAt()).isEqualTo(recorded);
    }

    @Test
    void theFirstRevocationCountsAndTheNextChangeNothing() {
        GrantedAid aid = new GrantedAid(grant, UUID.randomUUID(), recorded);
        UUID firstEvent = UUID.randomUUID();
        Instant revokedAt = recorded.plusSeconds(3600);

        assertThat(aid.revoke(revokedAt, "error", firstEvent, revokedAt)).isTrue();
        assertThat(aid.revoke(revokedAt.plusSeconds(60), "again", UUID.randomUUID(), revokedAt.plusSeconds(60))).isFalse();

        assertThat(aid.status()).isEqualTo(GrantedAidStatus.REVOKED);
        assertThat(aid.revokedAt()).isEqualTo(revokedAt);
        assertThat(aid.revocationReason()).isEqualTo("error");
        assertThat(aid.lastEventId()).isEqualTo(firstEvent);
        assertThat(aid.updatedAt()).isEqualTo(revokedAt);
    }

    @Test
    void anAuditorSeesAllAndACoordinatorOnlyItsOrganisations() {
        GrantedAid aid = new GrantedAid(grant, UUID.randomUUID(), recorded);
        assertThat(GrantedAidVisibility.wholeNetwork().sees(aid)).isTrue();
        assertThat(GrantedAidVisibility.providedBy(relief).sees(aid)).isTrue();
        assertThat(GrantedAidVisibility.providedBy(UUID.randomUUID()).sees(aid)).isFalse();
    }

    @Test
    void aCoordinatorsFilterIsNarrowedToItsOrganisation() {
        UUID other = UUID.randomUUID();
        GrantedAidVisibility coordinator = GrantedAidVisibility.providedBy(relief);

        assertThat(coordinator.narrow(GrantedAidFilter.of(null, null, null))).get()
                .extracting(GrantedAidFilter::provider).isEqualTo(java.util.Optional.of(relief));
        assertThat(coordinator.narrow(GrantedAidFilter.of(null, null, null).withProvider(relief))).isPresent();
        assertThat(coordinator.narrow(GrantedAidFilter.of(null, null, null).withProvider(other))).isEmpty();
        assertThat(GrantedAidVisibility.wholeNetwork().narrow(GrantedAidFilter.of(null, null, null).withProvider(other)))
                .get().extracting(GrantedAidFilter::provider).isEqualTo(java.util.Optional.of(other));
    }

    @Test
    void theActorsRolesDecideWhatItSees() {
        GrantedAid aid = new GrantedAid(grant, UUID.randomUUID(), recorded);
        UUID other = UUID.randomUUID();

        assertThat(GrantedAidVisibility.of(Actor.of(null, "auditor", Roles.AUDITOR)).sees(aid)).isTrue();
        assertThat(GrantedAidVisibility.of(Actor.of(other, "admin", Roles.ADMIN)).sees(aid)).isTrue();
        assertThat(GrantedAidVisibility.of(Actor.of(relief, "coordinator", Roles.COORDINATOR)).sees(aid)).isTrue();
        assertThat(GrantedAidVisibility.of(Actor.of(other, "coordinator", Roles.COORDINATOR)).sees(aid)).isFalse();
        assertThatThrownBy(() -> GrantedAidVisibility.of(Actor.of(null, "coordinator", Roles.COORDINATOR)))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.status()).isEqualTo(403);
                    assertThat(problem.slug()).isEqualTo("no-organization");
                });
        assertThatThrownBy(() -> GrantedAidVisibility.of(Actor.of(relief, "officer", Roles.OFFICER)))
                .isInstanceOf(ForbiddenException.class);
    }
}
