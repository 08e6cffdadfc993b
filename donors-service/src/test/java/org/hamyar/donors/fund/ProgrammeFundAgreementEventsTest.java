package org.hamyar.donors.fund;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.hamyar.donors.testing.AgreementEventsTopic;
import org.hamyar.events.agreements.AgreementActivated;
import org.hamyar.events.agreements.AgreementAmended;
import org.hamyar.events.agreements.AgreementEvents;
import org.hamyar.events.agreements.AgreementParty;
import org.hamyar.events.agreements.AgreementTerminated;
import org.hamyar.events.agreements.AgreementTerms;
import org.hamyar.infrastructure.testing.DemoUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamyar.donors.testing.Users.allocation;
import static org.hamyar.donors.testing.Users.as;
import static org.hamyar.donors.testing.Users.newDonor;

/**
 * A PROGRAMME fund follows its agreement as the agreements-service announces it on the real
 * broker: unknown before the activation (no fund can be opened), then paying only the parties
 * within the agreement's scope, wider after an amendment, nothing after the termination; and a
 * replayed event (the same {@code ce_id} again) is applied once.
 */
@QuarkusTest
class ProgrammeFundAgreementEventsTest {

    private static final String ASSEMBLY = DemoUsers.COORDINATOR_DONORS_ASSEMBLY;
    private static final UUID WELFARE = DemoUsers.ORG_WELFARE_HORMOZGAN;

    @Inject
    AgroalDataSource database;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void theProgrammeFundOpensPaysAndClosesWithItsAgreement() throws SQLException {
        UUID agreement = UUID.randomUUID();
        Map<String, Object> programmeFund = Map.of("kind", "PROGRAMME", "nameFa", "صندوق برنامه " + agreement,
                "agreementId", agreement.toString());

        // not announced yet: no programme fund can be tied to it
        as(ASSEMBLY).body(programmeFund).post("/api/funds").then().statusCode(422)
                .body("type", equalTo("urn:hamyar:problem:agreement-unknown"));

        try (AgreementEventsTopic topic = new AgreementEventsTopic()) {
            topic.send(AgreementEvents.AGREEMENT_ACTIVATED, agreement,
                    new AgreementActivated(terms(agreement, 1, "ACTIVE", List.of("FOOD_BASKET")), now()));
            String fund = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(
                    () -> as(ASSEMBLY).body(programmeFund).post("/api/funds").then().extract(),
                    answer -> answer.statusCode() == 201).path("id");
            UUID fundId = UUID.fromString(fund);
            as(ASSEMBLY).body(Map.of("fundId", fund, "donorId", newDonor(), "kind", "CASH",
                    "amountRials", 10_000_000)).post("/api/donations").then().statusCode(201);

            // within the scope, for a party: reserved; housing, or a provider that is no party: refused naming the clause
            as(ASSEMBLY).body(allocation(fundId, 1_000_000L, "FOOD_BASKET", "DISABILITY", "22", WELFARE))
                    .post("/api/allocations").then().statusCode(201).body("status", equalTo("RESERVED"));
            as(ASSEMBLY).body(allocation(fundId, 1_000_000L, "HOUSING", "DISABILITY", "22", WELFARE))
                    .post("/api/allocations").then().statusCode(422)
                    .body("type", equalTo("urn:hamyar:problem:restriction-violated"))
                    .body("clauses", contains("agreement.aidCategories"));
            as(ASSEMBLY).body(allocation(fundId, 1_000_000L, "FOOD_BASKET", "DISABILITY", "22", DemoUsers.ORG_RELIEF_COMMITTEE_QAZVIN))
                    .post("/api/allocations").then().statusCode(422)
                    .body("clauses", contains("parties"));

            // amended to take housing too
            AgreementEventsTopic.Sent amendment = topic.send(AgreementEvents.AGREEMENT_AMENDED, agreement,
                    new AgreementAmended(terms(agreement, 2, "ACTIVE", List.of("FOOD_BASKET", "HOUSING")), 1, now()));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(
                    () -> as(ASSEMBLY).body(allocation(fundId, 1_000_000L, "HOUSING", "DISABILITY", "22", WELFARE))
                            .post("/api/allocations").then().extract().statusCode() == 201);

            // terminated: the fund pays nothing more
            AgreementEventsTopic.Sent termination = topic.send(AgreementEvents.AGREEMENT_TERMINATED, agreement,
                    new AgreementTerminated(agreement, 3, LocalDate.now(), now()));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                    as(ASSEMBLY).body(allocation(fundId, 1_000_000L, "FOOD_BASKET", "DISABILITY", "22", WELFARE))
                            .post("/api/allocations").then().statusCode(422)
                            .body("clauses", hasItem("agreement")));
            Instant terminatedAt = updatedAt(agreement);

            // both replayed under their own ce_id: the termination is not applied again (its updated_at
            // would move), the amendment does not reopen the fund
            topic.send(termination.id(), AgreementEvents.AGREEMENT_TERMINATED, agreement,
                    new AgreementTerminated(agreement, 3, LocalDate.now(), now()));
            AgreementEventsTopic.Sent replayed = topic.send(amendment.id(), AgreementEvents.AGREEMENT_AMENDED, agreement,
                    new AgreementAmended(terms(agreement, 2, "ACTIVE", List.of("FOOD_BASKET", "HOUSING")), 1, now()));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> AgreementEventsTopic.consumedPast(replayed));

            assertThat(updatedAt(agreement)).isEqualTo(terminatedAt);
            assertThat(processed(termination.id())).isEqualTo(1);
            assertThat(processed(amendment.id())).isEqualTo(1);
            as(ASSEMBLY).body(allocation(fundId, 1_000_000L, "HOUSING", "DISABILITY", "22", WELFARE))
                    .post("/api/allocations").then().statusCode(422)
                    .body("clauses", contains("agreement"));
            // two reservations, the ledger in step
            as(DemoUsers.AUDITOR).get("/api/funds/{id}/reconciliation", fund).then().statusCode(200)
                    .body("reconciles", equalTo(true));
            as(ASSEMBLY).get("/api/funds/{id}", fund).then()
                    .body("balances.reservedRials", equalTo(2_000_000));
        }
    }

    private static AgreementTerms terms(UUID agreement, int version, String status, List<String> aidCategories) {
        return new AgreementTerms(agreement, version, status,
                List.of(new AgreementParty(WELFARE, "IMPLEMENTER"), new AgreementParty(DemoUsers.ORG_DONORS_ASSEMBLY, "FUNDER")),
                List.of("22"), List.of(), List.of("DISABILITY"), aidCategories, false, List.of(),
                LocalDate.now().minusDays(1), LocalDate.now().plusYears(1));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private Instant updatedAt(UUID agreement) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select updated_at from programme_agreement where agreement_id = ?")) {
            query.setObject(1, agreement);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as("the agreement's projection").isTrue();
                return row.getTimestamp(1).toInstant();
            }
        }
    }

    private int processed(UUID eventId) throws SQLException {
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select count(*) from processed_event where consumer = 'donors-programme-agreements' and event_id = ?")) {
            query.setObject(1, eventId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
