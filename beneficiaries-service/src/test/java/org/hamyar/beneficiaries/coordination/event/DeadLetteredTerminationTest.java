package org.hamyar.beneficiaries.coordination.event;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hamyar.api.security.Actor;
import org.hamyar.api.security.Roles;
import org.hamyar.beneficiaries.household.service.HouseholdService;
import org.hamyar.beneficiaries.testing.AgreementsTopic;
import org.hamyar.beneficiaries.testing.Arrange;
import org.hamyar.beneficiaries.testing.Database;
import org.hamyar.beneficiaries.testing.NationalCodes;
import org.hamyar.events.agreements.AgreementEvents;
import org.hamyar.events.agreements.AgreementTerminated;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.RestAssured;

/**
 * A termination the consumer gave up on must not leave data shared: it is dead-lettered, an admin
 * lists it and replays it, and the partner no longer sees the family; a second replay changes
 * nothing. The consumer gives up after two attempts here ({@code hamyar.consumer.max-attempts}, a
 * deployment's choice; by default it retries as long as the failure lasts, and gives up only when
 * the service stops).
 */
@QuarkusTest
@TestProfile(DeadLetteredTerminationTest.GivesUpAfterTwoAttempts.class)
class DeadLetteredTerminationTest {

    private static final UUID RELIEF = UUID.fromString("7a000000-0000-4000-8000-000000000025");
    private static final UUID PARTNER = UUID.fromString("7a000000-0000-4000-8000-000000000026");
    private static final String DEAD_LETTERS = "/api/beneficiaries-admin/dead-letters";

    public static class GivesUpAfterTwoAttempts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hamyar.consumer.max-attempts", "2",
                    "hamyar.consumer.retry-initial", "50ms");
        }
    }

    @Inject
    Arrange arrange;
    @Inject
    HouseholdService households;
    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aTerminationGivenUpIsReplayedByAnAdminAndClosesTheDataSharingOnce() throws SQLException {
        UUID household = arrange.household(RELIEF, NationalCodes.random());
        UUID agreement = arrange.agreement(RELIEF, PARTNER, true, List.of());
        Actor partner = Actor.of(PARTNER, "officer.partner", Roles.OFFICER);
        assertThat(households.read(partner, household)).isPresent();

        Database db = new Database(dataSource);
        UUID termination;
        // the projection's table briefly not there stands in for a database briefly unreachable: every
        // attempt fails with an error that is not about the data, until the consumer gives up
        execute("alter table coordination_agreement rename to coordination_agreement_away");
        try (AgreementsTopic topic = new AgreementsTopic()) {
            termination = topic.send(AgreementEvents.AGREEMENT_TERMINATED, agreement,
                    new AgreementTerminated(agreement, 1, LocalDate.now(), Instant.now()));
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() ->
                    db.count("select count(*) from dead_letter where event_id = ?", termination.toString()) == 1);
        } finally {
            execute("alter table coordination_agreement_away rename to coordination_agreement");
        }
        // given up: the family is still shared, which is why an admin must see it
        assertThat(households.read(partner, household)).isPresent();
        assertThat(db.count("select count(*) from processed_event where event_id = ?", termination)).isZero();

        String path = "items.find { it.eventId == '" + termination + "' }";
        String id = given().queryParam("unresolved", true).queryParam("size", 200)
                .when().get(DEAD_LETTERS).then().statusCode(200)
                .body(path + ".type", equalTo(AgreementEvents.AGREEMENT_TERMINATED.type()))
                .body(path + ".source", equalTo("/hamyar/agreements-service"))
                .body(path + ".subject", equalTo(agreement.toString()))
                .body(path + ".channel", equalTo("agreements-in"))
                .body(path + ".permanent", equalTo(false))
                .body(path + ".reason", containsString("coordination_agreement"))
                .body(path + ".replays", equalTo(0))
                .extract().path(path + ".id");

        given().when().post(DEAD_LETTERS + "/" + id + "/replay").then().statusCode(200)
                .body("replays", equalTo(1))
                .body("resolvedAt", notNullValue());
        assertThat(households.read(partner, household)).isEmpty();
        assertThat(db.text("select status from coordination_agreement where agreement_id = ?", agreement))
                .isEqualTo("TERMINATED");

        // replayed again: applied once
        given().when().post(DEAD_LETTERS + "/" + id + "/replay").then().statusCode(200)
                .body("replays", equalTo(2));
        assertThat(db.count("select count(*) from processed_event where event_id = ?", termination)).isOne();
        assertThat(households.read(partner, household)).isEmpty();
    }

    @Test
    @TestSecurity(user = "coordinator.relief", roles = "coordinator")
    @OidcSecurity(claims = @Claim(key = "org", value = "7a000000-0000-4000-8000-000000000025"))
    void aCoordinatorNeitherListsNorReplaysDeadLetters() {
        given().when().get(DEAD_LETTERS).then().statusCode(403);
        given().when().post(DEAD_LETTERS + "/" + UUID.randomUUID() + "/replay").then().statusCode(403);
        given().when().get("/api/beneficiaries-admin/outbox-failures").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void anAuditorListsDeadLettersButReplaysNothing() {
        given().when().get(DEAD_LETTERS).then().statusCode(200);
        given().when().get("/api/beneficiaries-admin/outbox-failures").then().statusCode(200);
        given().when().post(DEAD_LETTERS + "/" + UUID.randomUUID() + "/replay").then().statusCode(403);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }
}
