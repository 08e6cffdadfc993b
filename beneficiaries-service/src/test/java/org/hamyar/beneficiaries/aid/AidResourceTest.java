package org.hamyar.beneficiaries.aid;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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
 * Recording aid under the overlap rules, as the welfare office (the caller, {@code @TestSecurity});
 * the other agencies' households, aid and agreements are arranged first. Each other agency plays
 * one part only, because agreements, once projected, stay.
 */
@QuarkusTest
class AidResourceTest {

    static final String WELFARE = "7d000000-0000-4000-8000-000000000009";
    /** has an ACTIVE agreement with the welfare office that blocks overlapping food baskets in Qazvin */
    static final String RELIEF = "7d000000-0000-4000-8000-000000000005";
    /** has no agreement with the welfare office */
    static final String NGO = "7d000000-0000-4000-8000-000000000007";
    static final LocalDate TODAY = LocalDate.now();

    @Inject
    Arrange arrange;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void aBlockingAgreementRefusesASecondFoodBasketTenDaysLaterButNotCash() {
        String head = NationalCodes.random();
        UUID household = arrange.household(UUID.fromString(RELIEF), head);
        arrange.household(UUID.fromString(WELFARE), head);
        AidService.Granted relief = (AidService.Granted) arrange.aid(UUID.fromString(RELIEF), household, null,
                AidCategory.FOOD_BASKET, TODAY);
        UUID agreement = arrange.agreement(UUID.fromString(RELIEF), UUID.fromString(WELFARE), true,
                AgreementsTopic.blocking("FOOD_BASKET"));
        Database db = arrange.database();
        long aidBefore = db.count("select count(*) from aid where household_id = ?", household);

        given().contentType(ContentType.JSON).body(Bodies.aid(household, "FOOD_BASKET", 30_000_000L, TODAY.plusDays(10)))
                .when().post("/api/aid-checks")
                .then().statusCode(200)
                .body("blocked", equalTo(true))
                .body("conflicts[0].reason", equalTo("AGREEMENT_BLOCKS"));
        assertThat(db.count("select count(*) from aid where household_id = ?", household))
                .as("a dry run records nothing").isEqualTo(aidBefore);

        given().contentType(ContentType.JSON).body(Bodies.aid(household, "FOOD_BASKET", 30_000_000L, TODAY.plusDays(10)))
                .when().post("/api/aid")
                .then().statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("urn:hamyar:problem:overlap-blocked"))
                .body("conflicts", hasSize(1))
                .body("conflicts[0].category", equalTo("FOOD_BASKET"))
                .body("conflicts[0].outcome", equalTo("BLOCK"))
                .body("conflicts[0].agreementId", equalTo(agreement.toString()))
                .body("conflicts[0].disclosed", equalTo(true))
                .body("conflicts[0].providerOrganizationId", equalTo(RELIEF))
                .body("conflicts[0].aidId", equalTo(relief.aid().id.toString()));
        assertThat(db.count("select count(*) from aid where household_id = ?", household)).isEqualTo(aidBefore);

        given().contentType(ContentType.JSON).body(Bodies.aid(household, "CASH_GRANT", 50_000_000L, TODAY.plusDays(10)))
                .when().post("/api/aid")
                .then().statusCode(201)
                .body("category", equalTo("CASH_GRANT"))
                .body("providerOrganizationId", equalTo(WELFARE))
                .body("status", equalTo("DELIVERED"))
                .body("provinceCode", equalTo("26"))
                .body("warnings", empty());

        // thirty days after the first basket the next period has begun
        given().contentType(ContentType.JSON).body(Bodies.aid(household, "FOOD_BASKET", 30_000_000L, TODAY.plusDays(30)))
                .when().post("/api/aid")
                .then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void withoutAnAgreementTheOverlapIsRecordedWithAWarningThatNamesNobody() {
        String head = NationalCodes.random();
        UUID household = arrange.household(UUID.fromString(NGO), head);
        arrange.household(UUID.fromString(WELFARE), head);
        arrange.aid(UUID.fromString(NGO), household, null, AidCategory.FOOD_BASKET, TODAY);

        given().contentType(ContentType.JSON).header("Accept-Language", "fa-IR,fa;q=0.9")
                .body(Bodies.aid(household, "FOOD_BASKET", 30_000_000L, TODAY.plusDays(10)))
                .when().post("/api/aid-checks")
                .then().statusCode(200)
                .body("blocked", equalTo(false))
                .body("conflicts[0].message", containsString("سازمان دیگری در شبکه"));

        String aidId = given().contentType(ContentType.JSON)
                .body(Bodies.aid(household, "FOOD_BASKET", 30_000_000L, TODAY.plusDays(10)))
                .when().post("/api/aid")
                .then().statusCode(201)
                .body("warnings", hasSize(1))
                .body("warnings[0].outcome", equalTo("WARN"))
                .body("warnings[0].reason", equalTo("NO_BLOCKING_AGREEMENT"))
                .body("warnings[0].disclosed", equalTo(false))
                .body("warnings[0].providerOrganizationId", nullValue())
                .body("warnings[0].aidId", nullValue())
                .body("warnings[0].message", containsString("another agency in the network"))
                .extract().path("id");

        ConsumerRecord<String, String> overlap = BeneficiaryEventsReader.first(
                BeneficiaryEventsReader.ofType(BeneficiaryEvents.OVERLAP_DETECTED.type(), UUID.fromString(aidId)),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no OverlapDetected for " + aidId));
        assertThat(overlap.key()).isEqualTo(household.toString());
        // the event names the other agency no more than the answer does (docs/product.md §4)
        assertThat(overlap.value()).doesNotContain(NGO).contains("\"disclosed\":false");

        // the household's aid list shows the welfare office its own aid, not the NGO's
        given().when().get("/api/households/" + household + "/aid")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(aidId));
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void theSameProviderRepeatingItselfIsBlockedUntilItRevokesTheFirst() {
        UUID household = arrange.household(UUID.fromString(WELFARE), NationalCodes.random());
        String first = given().contentType(ContentType.JSON).body(Bodies.aid(household, "MONTHLY_STIPEND", 80_000_000L, TODAY))
                .when().post("/api/aid")
                .then().statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON).body(Bodies.aid(household, "MONTHLY_STIPEND", 80_000_000L, TODAY))
                .when().post("/api/aid")
                .then().statusCode(409)
                .body("conflicts[0].reason", equalTo("SAME_PROVIDER"))
                .body("conflicts[0].aidId", equalTo(first));

        given().contentType(ContentType.JSON).body(Map.of("reason", "ثبت تکراری"))
                .when().post("/api/aid/" + first + "/revocation")
                .then().statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("revocationReason", equalTo("ثبت تکراری"));
        given().contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .when().post("/api/aid/" + first + "/revocation")
                .then().statusCode(409)
                .body("type", equalTo("urn:hamyar:problem:aid-already-revoked"));
        assertThat(BeneficiaryEventsReader.first(
                BeneficiaryEventsReader.ofType(BeneficiaryEvents.AID_REVOKED.type(), UUID.fromString(first)),
                Duration.ofSeconds(30))).isPresent();

        given().contentType(ContentType.JSON).body(Bodies.aid(household, "MONTHLY_STIPEND", 80_000_000L, TODAY))
                .when().post("/api/aid")
                .then().statusCode(201);
        given().when().get("/api/aid/" + first).then().statusCode(200).body("status", equalTo("REVOKED"));
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void anOrganisationRecordsAidOnlyAsItselfAndOnlyForHouseholdsItServes() {
        UUID ours = arrange.household(UUID.fromString(WELFARE), NationalCodes.random());
        Map<String, Object> asRelief = Bodies.aid(ours, "FOOD_BASKET", 1L, TODAY);
        asRelief.put("providerOrganizationId", RELIEF);
        given().contentType(ContentType.JSON).body(asRelief)
                .when().post("/api/aid")
                .then().statusCode(403)
                .body("type", equalTo("urn:hamyar:problem:not-your-organization"));

        UUID notOurs = arrange.household(UUID.fromString(NGO), NationalCodes.random());
        given().contentType(ContentType.JSON).body(Bodies.aid(notOurs, "FOOD_BASKET", 1L, TODAY))
                .when().post("/api/aid")
                .then().statusCode(404);
        AidService.Granted ngoAid = (AidService.Granted) arrange.aid(UUID.fromString(NGO), notOurs, null,
                AidCategory.CASH_GRANT, TODAY);
        given().when().get("/api/aid/" + ngoAid.aid().id).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("reason", "not ours"))
                .when().post("/api/aid/" + ngoAid.aid().id + "/revocation")
                .then().statusCode(404);
        assertThat(arrange.database().text("select status from aid where id = ?", ngoAid.aid().id)).isEqualTo("DELIVERED");
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void personalAidNamesAPersonOfTheHousehold() {
        UUID household = arrange.household(UUID.fromString(WELFARE), NationalCodes.random());
        given().contentType(ContentType.JSON).body(Bodies.aid(household, "HEALTH_INSURANCE", 5_000_000L, TODAY))
                .when().post("/api/aid")
                .then().statusCode(400)
                .body("type", equalTo("urn:hamyar:problem:validation-failed"))
                .body("errors.field", contains("personId"))
                .body("errors[0].message", containsString("HEALTH_INSURANCE"));

        Map<String, Object> stranger = Bodies.aid(household, "HEALTH_INSURANCE", 5_000_000L, TODAY);
        stranger.put("personId", UUID.randomUUID().toString());
        given().contentType(ContentType.JSON).body(stranger)
                .when().post("/api/aid")
                .then().statusCode(422)
                .body("type", equalTo("urn:hamyar:problem:person-not-in-household"));

        String head = given().when().get("/api/households/" + household).then().statusCode(200).extract().path("head.id");
        Map<String, Object> insurance = Bodies.aid(household, "HEALTH_INSURANCE", 5_000_000L, TODAY);
        insurance.put("personId", head);
        insurance.put("periodEnd", TODAY.plusMonths(6).toString());
        given().contentType(ContentType.JSON).body(insurance).when().post("/api/aid").then().statusCode(201);
        insurance.put("periodStart", TODAY.plusMonths(3).toString());
        insurance.put("periodEnd", TODAY.plusMonths(9).toString());
        given().contentType(ContentType.JSON).body(insurance).when().post("/api/aid")
                .then().statusCode(409).body("conflicts[0].category", equalTo("HEALTH_INSURANCE"));
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void amountsAreWholeNonNegativeRials() {
        UUID household = arrange.household(UUID.fromString(WELFARE), NationalCodes.random());
        // money is bounded by 10^15 rials everywhere (docs/product.md §5)
        for (Object amount : List.of(-1, 1.5, "12abc", 99999999999999999999.0, 1_000_000_000_000_001L)) {
            Map<String, Object> body = Bodies.aid(household, "CULTURAL_PACKAGE", 0L, TODAY);
            body.put("amountRials", amount);
            given().contentType(ContentType.JSON).body(body)
                    .when().post("/api/aid")
                    .then().statusCode(400)
                    .contentType(containsString("application/problem+json"))
                    .body("errors.field", hasItem("amountRials"));
        }
        Map<String, Object> backwards = Bodies.aid(household, "CULTURAL_PACKAGE", 0L, TODAY);
        backwards.put("periodEnd", TODAY.minusDays(1).toString());
        backwards.put("category", "NOT_A_CATEGORY");
        given().contentType(ContentType.JSON).body(backwards).when().post("/api/aid").then().statusCode(400);
        assertThat(arrange.database().count("select count(*) from aid where household_id = ?", household)).isZero();
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void oneAnswerNamesEveryBadFieldOfShapeAndRules() {
        Map<String, Object> body = Bodies.aid(UUID.randomUUID(), "HEALTH_INSURANCE", 5_000_000L, TODAY);
        body.put("quantity", 0);
        body.put("status", "REVOKED");
        body.put("periodEnd", TODAY.minusDays(1).toString());
        for (String path : List.of("/api/aid", "/api/aid-checks")) {
            given().contentType(ContentType.JSON).body(body)
                    .when().post(path)
                    .then().statusCode(400)
                    .body("type", equalTo("urn:hamyar:problem:validation-failed"))
                    .body("detail", equalTo("4 fields of the request are invalid."))
                    .body("errors.field", containsInAnyOrder("quantity", "personId", "status", "periodEnd"));
        }
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    void aTokenWithoutAnOrganisationRecordsNoAid() {
        for (String path : List.of("/api/aid", "/api/aid-checks")) {
            given().contentType(ContentType.JSON).body(Bodies.aid(UUID.randomUUID(), "FOOD_BASKET", 1L, TODAY))
                    .when().post(path)
                    .then().statusCode(403)
                    .body("type", equalTo("urn:hamyar:problem:no-organization"));
        }
        given().contentType(ContentType.JSON).body(Map.of("reason", "mistake"))
                .when().post("/api/aid/" + UUID.randomUUID() + "/revocation")
                .then().statusCode(403)
                .body("type", equalTo("urn:hamyar:problem:no-organization"));
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void badParametersAreOne400NamingEveryOne() {
        given().queryParam("category", "GOLD_BARS").queryParam("page", "first")
                .when().get("/api/households/not-a-uuid/aid")
                .then().statusCode(400)
                .body("type", equalTo("urn:hamyar:problem:invalid-parameter"))
                .body("errors.field", containsInAnyOrder("householdId", "category", "page"))
                .body("errors.find { it.field == 'category' }.message", containsString("FOOD_BASKET"));
        UUID household = arrange.household(UUID.fromString(WELFARE), NationalCodes.random());
        given().queryParam("category", "food-basket").when().get("/api/households/" + household + "/aid")
                .then().statusCode(200).body("total", equalTo(0));
        given().when().get("/api/aid/42").then().statusCode(400)
                .body("type", equalTo("urn:hamyar:problem:invalid-parameter"))
                .body("errors.field", contains("id"));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "7d000000-0000-4000-8000-000000000010"))
    void anAuditorReadsAidButRecordsNone() {
        UUID household = arrange.household(UUID.fromString(NGO), NationalCodes.random());
        AidService.Granted aid = (AidService.Granted) arrange.aid(UUID.fromString(NGO), household, null,
                AidCategory.IFTAR_MEAL, TODAY);
        given().when().get("/api/aid/" + aid.aid().id).then().statusCode(200).body("category", equalTo("IFTAR_MEAL"));
        given().contentType(ContentType.JSON).body(Bodies.aid(household, "IFTAR_MEAL", 1L, TODAY))
                .when().post("/api/aid").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Bodies.aid(household, "IFTAR_MEAL", 1L, TODAY))
                .when().post("/api/aid-checks").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "donor.reza", roles = "donor")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void aDonorGets403OnAid() {
        UUID any = UUID.randomUUID();
        given().contentType(ContentType.JSON).body(Bodies.aid(any, "FOOD_BASKET", 1L, TODAY))
                .when().post("/api/aid").then().statusCode(403);
        given().when().get("/api/aid/" + any).then().statusCode(403);
        given().when().get("/api/households/" + any + "/aid").then().statusCode(403);
    }
}
