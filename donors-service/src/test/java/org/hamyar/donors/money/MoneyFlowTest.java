package org.hamyar.donors.money;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.hamyar.donors.testing.Aid;
import org.hamyar.donors.testing.BeneficiaryEventsTopic;
import org.hamyar.donors.testing.Users;
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

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamyar.donors.testing.Users.allocation;
import static org.hamyar.donors.testing.Users.as;

/**
 * The money's way as a new user would try it (issue 8): an endowment for orphans' education in
 * Hormozgan, its income credited once however often the request is retried, an allocation to
 * housing in Qazvin refused naming the clauses, a correct one committed by AidGranted and released
 * by AidRevoked from the real broker, and a ledger that reconciles at every step.
 */
@QuarkusTest
class MoneyFlowTest {

    private static final String AWQAF = DemoUsers.COORDINATOR_HORMOZGAN_AWQAF;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void anEndowmentsIncomeServesOnlyItsIntentionAndFollowsTheAid() {
        String serial = Long.toString(System.nanoTime() % 100_000);
        String deed = "۱۴۰۳/" + serial;
        Map<String, Object> endowment = Map.of("endowerName", "حاج محمد بندری", "deedNumber", deed,
                "endowedAsset", "یک باب مغازه در بازار بندرعباس",
                "intention", Map.of("aidCategories", List.of("EDUCATION_SUPPORT"), "beneficiaryCategories", List.of("ORPHAN"),
                        "provinces", List.of("۲۲"), "counties", List.of()),
                "intentionFa", "درآمد این موقوفه صرف هزینه تحصیل ایتام استان هرمزگان شود");
        String fund = as(AWQAF).body(endowment).post("/api/endowments").then().statusCode(201)
                .header("Location", containsString("/api/endowments/"))
                .header("ETag", equalTo("\"0\""))
                .body("trusteeOrganizationId", equalTo(DemoUsers.ORG_ENDOWMENTS_HORMOZGAN.toString()))
                .body("intention.provinces", equalTo(List.of("22")))
                .body("registeredAtJalali", notNullValue())
                .extract().path("fundId");
        as(AWQAF).get("/api/funds/{id}", fund).then().statusCode(200)
                .body("kind", equalTo("ENDOWMENT_INCOME"))
                .body("restrictions.aidCategories", equalTo(List.of("EDUCATION_SUPPORT")))
                .body("balances.availableRials", equalTo(0));
        // the same deed twice is a duplicate
        as(AWQAF).body(endowment).post("/api/endowments").then().statusCode(409)
                .body("type", equalTo("urn:hamyar:problem:endowment-exists"));

        // income credited once, however often the request is retried with its key
        Map<String, Object> income = Map.of("fundId", fund, "kind", "ENDOWMENT_INCOME", "amountRials", "۱۰۰۰۰۰۰۰۰");
        String key = UUID.randomUUID().toString();
        String donation = as(AWQAF).header("Idempotency-Key", key).body(income).post("/api/donations").then().statusCode(201)
                .body("money", equalTo(true)).body("amountRials", equalTo(100_000_000))
                .extract().path("id");
        as(AWQAF).header("Idempotency-Key", key).body(income).post("/api/donations").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(donation));
        as(AWQAF).header("Idempotency-Key", key).body(Map.of("fundId", fund, "kind", "ENDOWMENT_INCOME", "amountRials", 5))
                .post("/api/donations").then().statusCode(422)
                .body("type", equalTo("urn:hamyar:problem:idempotency-key-reused"));
        as(AWQAF).get("/api/funds/{id}", fund).then().statusCode(200)
                .body("balances.cashRials", equalTo(100_000_000))
                .body("balances.availableRials", equalTo(100_000_000));

        // housing in Qazvin for the rural poor: every violated clause is named
        as(AWQAF).body(allocation(UUID.fromString(fund), 10_000_000L, "HOUSING", "RURAL_POOR", "26",
                        DemoUsers.ORG_RELIEF_COMMITTEE_QAZVIN))
                .post("/api/allocations").then().statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("urn:hamyar:problem:intention-violated"))
                .body("clauses", containsInAnyOrder("aidCategories", "beneficiaryCategories", "provinces"))
                .body("errors.field", hasItems("aidCategory", "beneficiaryCategory", "provinceCode"));
        // another organisation may not spend the Awqaf's fund
        as(DemoUsers.COORDINATOR_QAZVIN_RELIEF).body(allocation(UUID.fromString(fund), 10_000_000L, "EDUCATION_SUPPORT",
                        "ORPHAN", "22", DemoUsers.ORG_WELFARE_HORMOZGAN))
                .post("/api/allocations").then().statusCode(403)
                .body("type", equalTo("urn:hamyar:problem:not-your-organization"));
        // more than the fund holds
        as(AWQAF).body(allocation(UUID.fromString(fund), 100_000_001L, "EDUCATION_SUPPORT", "ORPHAN", "22",
                        DemoUsers.ORG_WELFARE_HORMOZGAN))
                .post("/api/allocations").then().statusCode(409)
                .body("type", equalTo("urn:hamyar:problem:insufficient-balance"))
                .body("availableRials", equalTo(100_000_000));

        String allocationId = as(AWQAF).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(allocation(UUID.fromString(fund), 30_000_000L, "EDUCATION_SUPPORT", "ORPHAN", "22",
                        DemoUsers.ORG_WELFARE_HORMOZGAN))
                .post("/api/allocations").then().statusCode(201)
                .body("status", equalTo("RESERVED"))
                .body("expiresAtJalali", notNullValue())
                .extract().path("id");
        as(AWQAF).get("/api/funds/{id}", fund).then()
                .body("balances.availableRials", equalTo(70_000_000))
                .body("balances.reservedRials", equalTo(30_000_000));

        // the welfare organisation grants the aid naming the allocation: committed
        AidGranted grant = Aid.granted(DemoUsers.ORG_WELFARE_HORMOZGAN, "EDUCATION_SUPPORT", 30_000_000L, "22",
                UUID.fromString(allocationId));
        try (BeneficiaryEventsTopic topic = new BeneficiaryEventsTopic()) {
            topic.send(BeneficiaryEvents.AID_GRANTED, Aid.key(grant), grant);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    as(AWQAF).get("/api/allocations/{id}", allocationId).then().statusCode(200)
                            .body("status", equalTo("COMMITTED"))
                            .body("aidId", equalTo(grant.aidId().toString())));
            as(AWQAF).get("/api/funds/{id}", fund).then()
                    .body("balances.disbursedRials", equalTo(30_000_000))
                    .body("balances.reservedRials", equalTo(0));
            // the provider's officer finds what paid for the aid, endowment included (the gateway's household summary)
            as(DemoUsers.OFFICER_HORMOZGAN_WELFARE).queryParam("aid", grant.aidId().toString())
                    .get("/api/allocations/funding").then().statusCode(200)
                    .body("allocationId", equalTo(List.of(allocationId)))
                    .body("fundKind", equalTo(List.of("ENDOWMENT_INCOME")))
                    // the deed number as stored: Persian digits normalised
                    .body("endowment.deedNumber", equalTo(List.of("1403/" + serial)));
            // an officer of another organisation finds nothing
            as(DemoUsers.OFFICER_QAZVIN_RELIEF).queryParam("aid", grant.aidId().toString())
                    .get("/api/allocations/funding").then().statusCode(200)
                    .body("size()", equalTo(0));

            // revoked: the money goes back to the fund
            topic.send(BeneficiaryEvents.AID_REVOKED, Aid.key(grant), Aid.revoked(grant));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    as(AWQAF).get("/api/allocations/{id}", allocationId).then().statusCode(200)
                            .body("status", equalTo("RELEASED"))
                            .body("releaseReason", equalTo("AID_REVOKED")));
        }
        as(AWQAF).get("/api/funds/{id}", fund).then()
                .body("balances.availableRials", equalTo(100_000_000))
                .body("balances.disbursedRials", equalTo(0));
        as(DemoUsers.AUDITOR).get("/api/funds/{id}/reconciliation", fund).then().statusCode(200)
                .body("reconciles", equalTo(true))
                .body("checks.holds", everyItem(equalTo(true)))
                .body("entries", equalTo(4))
                .body("debitRials", equalTo(190_000_000));
        as(DemoUsers.COORDINATOR_QAZVIN_RELIEF).get("/api/funds/{id}/reconciliation", fund).then().statusCode(403);

        // the IATI activity: incoming funds; the released allocation is neither commitment nor disbursement
        String xml = as(AWQAF).accept("application/xml").get("/api/funds/{id}/iati", fund).then().statusCode(200)
                .contentType(containsString("xml"))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(xml)
                .contains("<iati-identifier>XI-HAMYAR-" + fund + "</iati-identifier>")
                .contains("<transaction-type code=\"1\"/>")
                .contains(">100000000</value>")
                .doesNotContain("<transaction-type code=\"3\"/>");
    }

    /**
     * The intention is checked when money is reserved, so the aid that spends the reservation must be
     * the aid it was reserved for: a food basket, or schooling in another province or county, naming
     * the orphans' education allocation leaves it reserved; schooling in its county commits it.
     */
    @Test
    void onlyTheAidAnAllocationWasReservedForCommitsIt() {
        String serial = Long.toString(System.nanoTime() % 100_000);
        String fund = as(AWQAF).body(Map.of("endowerName", "حاج علی بندری", "deedNumber", "۱۴۰۴/" + serial,
                        "endowedAsset", "یک باب انبار در بندرعباس",
                        "intention", Map.of("aidCategories", List.of("EDUCATION_SUPPORT"), "beneficiaryCategories",
                                List.of("ORPHAN"), "provinces", List.of("22"), "counties", List.of()),
                        "intentionFa", "درآمد این موقوفه صرف هزینه تحصیل ایتام استان هرمزگان شود"))
                .post("/api/endowments").then().statusCode(201).extract().path("fundId");
        as(AWQAF).body(Map.of("fundId", fund, "kind", "ENDOWMENT_INCOME", "amountRials", 50_000_000))
                .post("/api/donations").then().statusCode(201);
        Map<String, Object> request = new java.util.HashMap<>(allocation(UUID.fromString(fund), 20_000_000L,
                "EDUCATION_SUPPORT", "ORPHAN", "22", DemoUsers.ORG_WELFARE_HORMOZGAN));
        request.put("county", "بندرعباس");
        String allocationId = as(AWQAF).body(request).post("/api/allocations").then().statusCode(201)
                .extract().path("id");

        // one token each for the polling below: a sign-in per poll would trip the realm's brute-force detection
        String awqaf = Users.token(AWQAF);
        String auditor = Users.token(DemoUsers.AUDITOR);
        try (BeneficiaryEventsTopic topic = new BeneficiaryEventsTopic()) {
            for (AidGranted other : List.of(
                    grant("FOOD_BASKET", "22", "بندرعباس", allocationId),
                    grant("EDUCATION_SUPPORT", "26", "بندرعباس", allocationId),
                    grant("EDUCATION_SUPPORT", "22", "میناب", allocationId))) {
                topic.send(BeneficiaryEvents.AID_GRANTED, Aid.key(other), other);
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                        given().auth().oauth2(auditor).get("/api/allocations/granted-aid/{id}", other.aidId())
                                .then().statusCode(200));
                given().auth().oauth2(awqaf).get("/api/allocations/{id}", allocationId).then().statusCode(200)
                        .body("status", equalTo("RESERVED"));
            }
            // the county as another registry spells it, with a space
            AidGranted schooling = grant("EDUCATION_SUPPORT", "22", "بندر عباس", allocationId);
            topic.send(BeneficiaryEvents.AID_GRANTED, Aid.key(schooling), schooling);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    given().auth().oauth2(awqaf).get("/api/allocations/{id}", allocationId).then().statusCode(200)
                            .body("status", equalTo("COMMITTED"))
                            .body("aidId", equalTo(schooling.aidId().toString())));
        }
        given().auth().oauth2(auditor).get("/api/funds/{id}/reconciliation", fund).then().statusCode(200)
                .body("reconciles", equalTo(true));
    }

    private static AidGranted grant(String category, String province, String county, String allocationId) {
        return new AidGranted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "b5c0ffee" + "0".repeat(56),
                category, 20_000_000L, 1, LocalDate.of(2025, 9, 23), LocalDate.of(2026, 9, 22),
                DemoUsers.ORG_WELFARE_HORMOZGAN, null, UUID.fromString(allocationId), province, county, false,
                "DELIVERED", 0, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void aPledgeIsMoneyOnlyOncePaidAndZakatGoesOnlyToAZakatFund() {
        String fund = as(DemoUsers.COORDINATOR_DONORS_ASSEMBLY)
                .body(Map.of("kind", "GENERAL", "nameFa", "صندوق عمومی آزمون " + UUID.randomUUID()))
                .post("/api/funds").then().statusCode(201).extract().path("id");
        String donor = as(DemoUsers.COORDINATOR_DONORS_ASSEMBLY).body(Map.of("kind", "ORGANIZATION",
                        "identifier", "10865432101", "details", Map.of("nameFa", "شرکت آزمون", "assemblyOrganizationId",
                                DemoUsers.ORG_DONORS_ASSEMBLY.toString(), "assemblyLevel", "PROVINCE")))
                .post("/api/donors").then().statusCode(201).extract().path("id");
        String pledge = as(DemoUsers.COORDINATOR_DONORS_ASSEMBLY)
                .body(Map.of("fundId", fund, "donorId", donor, "kind", "PLEDGE", "amountRials", 40_000_000))
                .post("/api/donations").then().statusCode(201)
                .body("status", equalTo("PLEDGED")).body("money", equalTo(false))
                .extract().path("id");
        as(DemoUsers.COORDINATOR_DONORS_ASSEMBLY).get("/api/funds/{id}", fund).then().body("balances.cashRials", equalTo(0));
        as(DemoUsers.COORDINATOR_DONORS_ASSEMBLY).post("/api/donations/{id}/payment", pledge).then().statusCode(200)
                .body("status", equalTo("PAID")).body("money", equalTo(true));
        as(DemoUsers.COORDINATOR_DONORS_ASSEMBLY).post("/api/donations/{id}/payment", pledge).then().statusCode(409)
                .body("type", equalTo("urn:hamyar:problem:invalid-transition"));
        as(DemoUsers.COORDINATOR_DONORS_ASSEMBLY).get("/api/funds/{id}", fund).then().body("balances.cashRials", equalTo(40_000_000));
        as(DemoUsers.COORDINATOR_DONORS_ASSEMBLY)
                .body(Map.of("fundId", fund, "donorId", donor, "kind", "ZAKAT", "amountRials", 1_000))
                .post("/api/donations").then().statusCode(422)
                .body("type", equalTo("urn:hamyar:problem:donation-kind-not-accepted"))
                .body("errors.field", hasItem("kind"));
        as(DemoUsers.COORDINATOR_DONORS_ASSEMBLY).queryParam("fund", fund).get("/api/donations").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(pledge));
    }
}
