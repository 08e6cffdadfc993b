package org.hamyar.beneficiaries.aid;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hamyar.api.security.Actor;
import org.hamyar.api.security.Roles;
import org.hamyar.beneficiaries.aid.service.AidService;
import org.hamyar.beneficiaries.testing.AgreementsTopic;
import org.hamyar.beneficiaries.testing.Arrange;
import org.hamyar.beneficiaries.testing.BeneficiaryEventsReader;
import org.hamyar.beneficiaries.testing.Bodies;
import org.hamyar.beneficiaries.testing.Database;
import org.hamyar.beneficiaries.testing.NationalCodes;
import org.hamyar.events.beneficiaries.BeneficiaryEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * docs/product.md §4: what an overlap answer tells about another agency that shares nothing, and
 * a coordinator's override of a block. The welfare office is the caller; every other agency is
 * made up per test (agreements, once projected, stay).
 */
@QuarkusTest
class OverlapOverrideTest {

    static final String WELFARE = "7d000000-0000-4000-8000-000000000009";
    static final String JUSTIFICATION = "خانه این خانوار در سیل ویران شد؛ کمیته هماهنگی استان سبد دوم را تأیید کرد";
    static final LocalDate TODAY = LocalDate.now();

    @Inject
    Arrange arrange;

    @Inject
    AidService aidService;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** A household another agency gave a food basket today, with an agreement that blocks a second one but shares no data. */
    record Blocked(UUID household, UUID other, UUID otherAid, UUID agreement) {
    }

    Blocked blockedWithoutSharing() {
        UUID other = UUID.randomUUID();
        String head = NationalCodes.random();
        UUID household = arrange.household(other, head);
        arrange.household(UUID.fromString(WELFARE), head);
        UUID otherAid = ((AidService.Granted) arrange.aid(other, household, null, AidCategory.FOOD_BASKET, TODAY)).aid().id;
        UUID agreement = arrange.agreement(other, UUID.fromString(WELFARE), false, AgreementsTopic.blocking("FOOD_BASKET"));
        return new Blocked(household, other, otherAid, agreement);
    }

    static Map<String, Object> secondBasket(UUID household) {
        return Bodies.aid(household, "FOOD_BASKET", 30_000_000L, TODAY.plusDays(10));
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void aBlockByAnAgencySharingNothingNamesNeitherTheAgencyNorTheAgreement() {
        Blocked blocked = blockedWithoutSharing();
        for (String path : List.of("/api/aid-checks", "/api/aid")) {
            String answer = given().contentType(ContentType.JSON).body(secondBasket(blocked.household()))
                    .when().post(path)
                    .then().statusCode(path.equals("/api/aid") ? 409 : 200)
                    .body("conflicts", hasSize(1))
                    .body("conflicts[0].outcome", equalTo("BLOCK"))
                    .body("conflicts[0].disclosed", equalTo(false))
                    .body("conflicts[0].agreementId", nullValue())
                    .body("conflicts[0].providerOrganizationId", nullValue())
                    .body("conflicts[0].aidId", nullValue())
                    .body("conflicts[0].periodStart", nullValue())
                    .body("conflicts[0].message", containsString("another agency in the network"))
                    .extract().asString();
            assertThat(answer).as(path).doesNotContain(blocked.other().toString(), blocked.agreement().toString(),
                    blocked.otherAid().toString());
        }
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void aWarningEventAboutAnAgencySharingNothingNamesNothing() {
        UUID other = UUID.randomUUID();
        String head = NationalCodes.random();
        UUID household = arrange.household(other, head);
        arrange.household(UUID.fromString(WELFARE), head);
        UUID otherAid = ((AidService.Granted) arrange.aid(other, household, null, AidCategory.FOOD_BASKET, TODAY)).aid().id;

        String aidId = given().contentType(ContentType.JSON).body(secondBasket(household))
                .when().post("/api/aid")
                .then().statusCode(201)
                .body("warnings[0].disclosed", equalTo(false))
                .body("warnings[0].agreementId", nullValue())
                .extract().path("id");

        ConsumerRecord<String, String> overlap = BeneficiaryEventsReader.first(
                BeneficiaryEventsReader.ofType(BeneficiaryEvents.OVERLAP_DETECTED.type(), UUID.fromString(aidId)),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no OverlapDetected for " + aidId));
        assertThat(overlap.value()).contains("\"disclosed\":false")
                .doesNotContain(other.toString(), otherAid.toString());
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void aPeriodEndingBeforeItStartsIsA400NamingPeriodEnd() {
        String head = NationalCodes.random();
        UUID household = arrange.household(UUID.fromString(WELFARE), head);
        Map<String, Object> body = Bodies.aid(household, "MONTHLY_STIPEND", 5_000_000L, TODAY);
        body.put("periodEnd", TODAY.minusDays(1).toString());
        for (String path : List.of("/api/aid", "/api/aid-checks")) {
            given().contentType(ContentType.JSON).body(body)
                    .when().post(path)
                    .then().statusCode(400)
                    .body("type", equalTo("urn:hamyar:problem:validation-failed"))
                    .body("errors.field", contains("periodEnd"));
        }
        // a Jalali end before an ISO start is the same mistake
        body.put("periodEnd", "1350-01-01");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/aid")
                .then().statusCode(400)
                .body("errors.field", contains("periodEnd"));
        assertThat(arrange.database().count("select count(*) from aid where household_id = ?", household)).isZero();
    }

    @Test
    @TestSecurity(user = "coordinator.welfare", roles = "coordinator")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void aCoordinatorOverridesABlockWithAWrittenJustificationKeptInTheAuditLog() {
        Blocked blocked = blockedWithoutSharing();
        Map<String, Object> body = secondBasket(blocked.household());
        body.put("overrideJustification", "  " + JUSTIFICATION + " ");

        String answer = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/aid")
                .then().statusCode(201)
                .body("overrideId", notNullValue())
                .body("warnings", hasSize(1))
                .body("warnings[0].outcome", equalTo("BLOCK"))
                .body("warnings[0].disclosed", equalTo(false))
                .body("warnings[0].agreementId", nullValue())
                .extract().asString();
        assertThat(answer).doesNotContain(blocked.other().toString(), blocked.agreement().toString());
        String aidId = io.restassured.path.json.JsonPath.from(answer).getString("id");
        String overrideId = io.restassured.path.json.JsonPath.from(answer).getString("overrideId");

        Database db = arrange.database();
        assertThat(db.text("select justification from overlap_override where aid_id = ?", UUID.fromString(aidId)))
                .as("kept stripped in its own table").isEqualTo(JUSTIFICATION);

        ConsumerRecord<String, String> event = BeneficiaryEventsReader.first(
                BeneficiaryEventsReader.ofType(BeneficiaryEvents.OVERLAP_OVERRIDDEN.type(), UUID.fromString(aidId)),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no OverlapOverridden for " + aidId));
        assertThat(event.key()).isEqualTo(blocked.household().toString());
        assertThat(event.value()).contains(overrideId, "\"overriddenBlocks\":1")
                .doesNotContain("سیل", blocked.other().toString(), blocked.agreement().toString(), "coordinator.welfare");

        given().when().get("/api/overlap-overrides?size=100")
                .then().statusCode(200)
                .body("items.id", hasItem(overrideId))
                .body("items.providerOrganizationId", everyItem(equalTo(WELFARE)))
                .body("items.find { it.id == '" + overrideId + "' }.justification", equalTo(JUSTIFICATION))
                .body("items.find { it.id == '" + overrideId + "' }.overriddenBy", equalTo("coordinator.welfare"));

        // the override is not a licence: a third basket is blocked again, by the overridden one too
        given().contentType(ContentType.JSON).body(Bodies.aid(blocked.household(), "FOOD_BASKET", 1L, TODAY.plusDays(12)))
                .when().post("/api/aid")
                .then().statusCode(409)
                .body("conflicts.reason", hasItem("SAME_PROVIDER"));
    }

    @Test
    @TestSecurity(user = "coordinator.welfare", roles = "coordinator")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void aJustificationIsPlainBoundedText() {
        Blocked blocked = blockedWithoutSharing();
        Database db = arrange.database();
        for (String bad : List.of("   ", "دلیل\u0000پنهان", "دلیل\u202Eوارونه", "x".repeat(2001))) {
            Map<String, Object> body = secondBasket(blocked.household());
            body.put("overrideJustification", bad);
            given().contentType(ContentType.JSON).body(body)
                    .when().post("/api/aid")
                    .then().statusCode(400)
                    .body("type", equalTo("urn:hamyar:problem:validation-failed"))
                    .body("errors.field", contains("overrideJustification"));
        }
        assertThat(db.count("select count(*) from aid where household_id = ?", blocked.household())).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void anOfficerCannotOverride() {
        Blocked blocked = blockedWithoutSharing();
        Map<String, Object> body = secondBasket(blocked.household());
        body.put("overrideJustification", JUSTIFICATION);
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/aid")
                .then().statusCode(403)
                .body("type", equalTo("urn:hamyar:problem:override-not-allowed"));
        Database db = arrange.database();
        assertThat(db.count("select count(*) from aid where household_id = ?", blocked.household())).isEqualTo(1);
        assertThat(db.count("select count(*) from overlap_override where household_id = ?", blocked.household())).isZero();

        // nothing blocks cash: the justification is not needed and no override is recorded
        Map<String, Object> cash = Bodies.aid(blocked.household(), "CASH_GRANT", 1_000_000L, TODAY);
        cash.put("overrideJustification", JUSTIFICATION);
        given().contentType(ContentType.JSON).body(cash)
                .when().post("/api/aid")
                .then().statusCode(201)
                .body("overrideId", nullValue());
        assertThat(db.count("select count(*) from overlap_override where household_id = ?", blocked.household())).isZero();
    }

    @Test
    @TestSecurity(user = "coordinator.other", roles = "coordinator")
    @OidcSecurity(claims = @Claim(key = "org", value = "7d000000-0000-4000-8000-0000000000a7"))
    void anotherOrganisationDoesNotListTheOverrides() {
        Blocked blocked = blockedWithoutSharing();
        overrideAsWelfare(blocked.household());
        given().when().get("/api/overlap-overrides?size=100")
                .then().statusCode(200)
                .body("items.householdId", not(hasItem(blocked.household().toString())));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void anAuditorListsEveryOverride() {
        Blocked blocked = blockedWithoutSharing();
        UUID aid = overrideAsWelfare(blocked.household());
        given().when().get("/api/overlap-overrides?size=100")
                .then().statusCode(200)
                .body("items.aidId", hasItem(aid.toString()));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void aPageNumberWhoseOffsetPassesTheIntLimitIsAnEmptyPage() {
        overrideAsWelfare(blockedWithoutSharing().household());
        // 107,374,183 × 20 = 2,147,483,660: one page past what an int offset holds (it was a 500)
        given().when().get("/api/overlap-overrides?page=107374183&size=20")
                .then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty())
                .body("total", org.hamcrest.Matchers.greaterThan(0));
        given().when().get("/api/overlap-overrides?page=2147483647&size=200")
                .then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    @TestSecurity(user = "donor.reza", roles = "donor")
    void aDonorListsNoOverrides() {
        given().when().get("/api/overlap-overrides").then().statusCode(403);
    }

    @Test
    void ofTwoConflictingGrantsAtOnceExactlyOneSucceedsUnlessOverridden() throws Exception {
        UUID welfare = UUID.fromString(WELFARE);
        UUID household = arrange.household(welfare, NationalCodes.random());
        assertThat(race(household, null)).as("granted of two").isEqualTo(1);
        UUID other = arrange.household(welfare, NationalCodes.random());
        assertThat(race(other, JUSTIFICATION)).as("granted of two, both overriding").isEqualTo(2);
        assertThat(arrange.database().count("select count(*) from overlap_override where household_id = ?", other))
                .as("the second of the two overrode the first").isEqualTo(1);
    }

    /** Two coordinators of the welfare office record a food basket for the household at the same moment. */
    private int race(UUID household, String justification) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<AidService.GrantResult>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return aidService.grant(Actor.of(UUID.fromString(WELFARE), "coordinator", Roles.COORDINATOR),
                            new AidOrder(household, null, AidCategory.FOOD_BASKET, 1L, 1, TODAY, null, null, null,
                                    null, null, justification));
                }));
            }
            start.countDown();
            int granted = 0;
            for (Future<AidService.GrantResult> result : results) {
                if (result.get() instanceof AidService.Granted) {
                    granted++;
                }
            }
            return granted;
        } finally {
            pool.shutdownNow();
        }
    }

    private UUID overrideAsWelfare(UUID household) {
        AidService.GrantResult result = aidService.grant(
                Actor.of(UUID.fromString(WELFARE), "coordinator", Roles.COORDINATOR),
                new AidOrder(household, null, AidCategory.FOOD_BASKET, 1L, 1, TODAY.plusDays(10), null, null, null,
                        null, null, JUSTIFICATION));
        assertThat(((AidService.Granted) result).override()).isNotNull();
        return ((AidService.Granted) result).aid().id;
    }
}
