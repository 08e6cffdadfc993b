package org.hamyar.donors.money;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.hamyar.donors.testing.AgreementEventsTopic;
import org.hamyar.donors.testing.Aid;
import org.hamyar.donors.testing.BeneficiaryEventsTopic;
import org.hamyar.events.agreements.AgreementActivated;
import org.hamyar.events.agreements.AgreementEvents;
import org.hamyar.events.agreements.AgreementParty;
import org.hamyar.events.agreements.AgreementTerminated;
import org.hamyar.events.agreements.AgreementTerms;
import org.hamyar.events.beneficiaries.AidGranted;
import org.hamyar.events.beneficiaries.BeneficiaryEvents;
import org.hamyar.infrastructure.testing.DemoUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamyar.donors.testing.Users.allocation;
import static org.hamyar.donors.testing.Users.as;
import static org.hamyar.donors.testing.Users.newDonor;

/**
 * {@code GET /api/allocations/funding} (the gateway's household summary) shows an aid's funding to
 * the organisation that provided the aid with it, the fund's managers and auditors — and to no one
 * else: not to an organisation sharing nothing, not to a partner of an ACTIVE data-sharing
 * agreement (where another agency's money came from is not what data sharing shares), not after
 * that agreement's termination. Another organisation's aid looks unfunded, so nothing is confirmed.
 */
@QuarkusTest
class FundingVisibilityTest {

    private static final String ASSEMBLY = DemoUsers.COORDINATOR_DONORS_ASSEMBLY;
    private static final UUID WELFARE = DemoUsers.ORG_WELFARE_HORMOZGAN;
    private static final UUID RELIEF = DemoUsers.ORG_RELIEF_COMMITTEE_QAZVIN;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void onlyTheProviderTheFundsManagersAndAuditorsSeeAnAidsFunding() {
        String fund = as(ASSEMBLY).body(Map.of("kind", "GENERAL", "nameFa", "صندوق " + UUID.randomUUID()))
                .post("/api/funds").then().statusCode(201).extract().path("id");
        as(ASSEMBLY).body(Map.of("fundId", fund, "donorId", newDonor(), "kind", "CASH",
                "amountRials", 10_000_000)).post("/api/donations").then().statusCode(201);
        String allocationId = as(ASSEMBLY).body(allocation(UUID.fromString(fund), 4_000_000L, "FOOD_BASKET",
                        "FEMALE_HEADED", "22", WELFARE))
                .post("/api/allocations").then().statusCode(201).extract().path("id");
        AidGranted grant = Aid.granted(WELFARE, "FOOD_BASKET", 4_000_000L, "22", UUID.fromString(allocationId));
        try (BeneficiaryEventsTopic aid = new BeneficiaryEventsTopic()) {
            aid.send(BeneficiaryEvents.AID_GRANTED, Aid.key(grant), grant);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(ASSEMBLY).get("/api/allocations/{id}", allocationId).then().body("status", equalTo("COMMITTED")));
        String aidId = grant.aidId().toString();

        for (String sees : List.of(DemoUsers.OFFICER_HORMOZGAN_WELFARE, DemoUsers.COORDINATOR_HORMOZGAN_WELFARE, ASSEMBLY,
                DemoUsers.AUDITOR)) {
            as(sees).queryParam("aid", aidId).get("/api/allocations/funding").then().statusCode(200)
                    .body("allocationId", equalTo(List.of(allocationId)))
                    .body("fundKind", equalTo(List.of("GENERAL")))
                    .body("amountRials", equalTo(List.of(4_000_000)));
        }
        // an organisation sharing nothing with the provider
        assertSeesNothing(aidId);

        // the same organisations joined by an ACTIVE agreement with data sharing, then after its termination
        UUID agreement = UUID.randomUUID();
        try (AgreementEventsTopic agreements = new AgreementEventsTopic()) {
            AgreementEventsTopic.Sent activated = agreements.send(AgreementEvents.AGREEMENT_ACTIVATED, agreement,
                    new AgreementActivated(new AgreementTerms(agreement, 1, "ACTIVE",
                            List.of(new AgreementParty(WELFARE, "IMPLEMENTER"), new AgreementParty(RELIEF, "IMPLEMENTER")),
                            List.of(), List.of(), List.of(), List.of("FOOD_BASKET"), true, List.of(),
                            LocalDate.now().minusDays(1), LocalDate.now().plusYears(1)), Instant.now().truncatedTo(ChronoUnit.MILLIS)));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> AgreementEventsTopic.consumedPast(activated));
            assertSeesNothing(aidId);

            AgreementEventsTopic.Sent terminated = agreements.send(AgreementEvents.AGREEMENT_TERMINATED, agreement,
                    new AgreementTerminated(agreement, 2, LocalDate.now(), Instant.now().truncatedTo(ChronoUnit.MILLIS)));
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> AgreementEventsTopic.consumedPast(terminated));
            assertSeesNothing(aidId);
        }
    }

    private static void assertSeesNothing(String aidId) {
        for (String other : List.of(DemoUsers.OFFICER_QAZVIN_RELIEF, DemoUsers.COORDINATOR_QAZVIN_RELIEF)) {
            as(other).queryParam("aid", aidId).get("/api/allocations/funding").then().statusCode(200)
                    .body("size()", equalTo(0));
        }
    }
}
