package org.hamyar.beneficiaries.aid;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.hamyar.api.security.Actor;
import org.hamyar.api.security.Roles;
import org.hamyar.beneficiaries.aid.service.AidService;
import org.hamyar.beneficiaries.testing.AgreementsTopic;
import org.hamyar.beneficiaries.testing.Arrange;
import org.hamyar.beneficiaries.testing.Bodies;
import org.hamyar.beneficiaries.testing.NationalCodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * docs/product.md §4: a family cannot start afresh by registering again under another member —
 * household rules count the aid of the households a member came from (while they belonged to it),
 * personal rules follow the person across households, and aid may go to a person outside any
 * household. Grants stay race-safe across the related households.
 */
@QuarkusTest
class HouseholdRulesAcrossHouseholdsTest {

    /** The caller. */
    static final String WELFARE = "7e000000-0000-4000-8000-000000000029";
    /** Shares nothing with the welfare office. */
    static final String OTHER = "7e000000-0000-4000-8000-000000000021";
    /** Blocks HOUSING overlaps with the welfare office by an agreement, without sharing data. */
    static final String BLOCKER = "7e000000-0000-4000-8000-000000000027";
    static final LocalDate TODAY = LocalDate.now();

    @Inject
    Arrange arrange;

    @Inject
    AidService aidService;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void aSpouseRegisteredAsTheHeadOfANewHouseholdDoesNotGetHousingASecondTime() {
        String spouse = NationalCodes.random();
        UUID family = arrange.household(Arrange.org(WELFARE), NationalCodes.random(), spouse);
        UUID housing = ((AidService.Granted) arrange.aid(Arrange.org(WELFARE), family, null, AidCategory.HOUSING,
                TODAY.minusYears(1))).aid().id;

        String again = registerAsHead(spouse);
        given().contentType(ContentType.JSON).body(Bodies.aid(UUID.fromString(again), "HOUSING", 500_000_000L, TODAY))
                .when().post("/api/aid-checks").then().statusCode(200).body("blocked", equalTo(true));
        given().contentType(ContentType.JSON).body(Bodies.aid(UUID.fromString(again), "HOUSING", 500_000_000L, TODAY))
                .when().post("/api/aid").then().statusCode(409)
                .body("type", equalTo("urn:hamyar:problem:overlap-blocked"))
                .body("conflicts[0].reason", equalTo("SAME_PROVIDER"))
                .body("conflicts[0].aidId", equalTo(housing.toString()));
        assertThat(arrange.database().count("select count(*) from aid where household_id = ?::uuid", again)).isZero();
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void anotherAgencysHousingOfTheFormerHouseholdWarnsWithoutNamingIt() {
        String spouse = NationalCodes.random();
        UUID family = arrange.household(Arrange.org(OTHER), NationalCodes.random(), spouse);
        arrange.aid(Arrange.org(OTHER), family, null, AidCategory.HOUSING, TODAY.minusYears(2));

        String again = registerAsHead(spouse);
        String body = given().contentType(ContentType.JSON)
                .body(Bodies.aid(UUID.fromString(again), "HOUSING", 500_000_000L, TODAY))
                .when().post("/api/aid").then().statusCode(201)
                .body("warnings", hasSize(1))
                .body("warnings[0].disclosed", equalTo(false))
                .body("warnings[0].aidId", nullValue())
                .body("warnings[0].message", containsString("another agency"))
                .extract().asString();
        assertThat(body).doesNotContain(OTHER).doesNotContain(family.toString());
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void aBlockingAgreementBlocksHousingOfTheFormerHouseholdWithoutDetails() {
        String spouse = NationalCodes.random();
        UUID family = arrange.household(Arrange.org(BLOCKER), NationalCodes.random(), spouse);
        arrange.aid(Arrange.org(BLOCKER), family, null, AidCategory.HOUSING, TODAY.minusYears(2));
        arrange.agreement(Arrange.org(WELFARE), Arrange.org(BLOCKER), false, AgreementsTopic.blocking("HOUSING"));

        String again = registerAsHead(spouse);
        given().contentType(ContentType.JSON).body(Bodies.aid(UUID.fromString(again), "HOUSING", 500_000_000L, TODAY))
                .when().post("/api/aid").then().statusCode(409)
                .body("conflicts[0].reason", equalTo("AGREEMENT_BLOCKS"))
                .body("conflicts[0].disclosed", equalTo(false))
                .body("conflicts[0].providerOrganizationId", nullValue());
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void aidOfTheFormerHouseholdCountsOnlyFromWhileTheMemberBelongedToIt() {
        String spouse = NationalCodes.random();
        UUID family = arrange.household(Arrange.org(WELFARE), NationalCodes.random(), spouse);
        arrange.aid(Arrange.org(WELFARE), family, null, AidCategory.PILGRIMAGE, TODAY.minusYears(1));
        UUID again = UUID.fromString(registerAsHead(spouse));

        // after the move the old household's food basket is its own
        assertThat(arrange.aid(Arrange.org(WELFARE), family, null, AidCategory.FOOD_BASKET, TODAY))
                .isInstanceOf(AidService.Granted.class);
        given().contentType(ContentType.JSON).body(Bodies.aid(again, "FOOD_BASKET", 1L, TODAY))
                .when().post("/api/aid").then().statusCode(201).body("warnings", hasSize(0));
        // the pilgrimage the family had while she belonged to it follows her
        given().contentType(ContentType.JSON).body(Bodies.aid(again, "PILGRIMAGE", 1L, TODAY))
                .when().post("/api/aid").then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void personalRulesFollowThePersonIntoAnotherHousehold() {
        String daughter = NationalCodes.random();
        UUID family = arrange.household(Arrange.org(WELFARE), NationalCodes.random(), daughter);
        UUID daughterId = personId(daughter);
        arrange.aid(Arrange.org(WELFARE), family, daughterId, AidCategory.DOWRY, TODAY.minusMonths(2));
        arrange.aid(Arrange.org(WELFARE), family, daughterId, AidCategory.HEALTH_INSURANCE, TODAY.minusMonths(2));
        UUID married = UUID.fromString(registerAsHead(daughter));

        for (String category : List.of("DOWRY", "HEALTH_INSURANCE")) {
            Map<String, Object> aid = Bodies.aid(married, category, 1L, TODAY);
            aid.put("personId", daughterId.toString());
            given().contentType(ContentType.JSON).body(aid).when().post("/api/aid").then().statusCode(409)
                    .body("conflicts[0].reason", equalTo("SAME_PROVIDER"));
        }
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void aidToAPersonOutsideAnyHouseholdKeepsPersonAndHouseholdRules() {
        String single = NationalCodes.random();
        String id = given().contentType(ContentType.JSON).body(Bodies.person(single)).when().post("/api/persons")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> dowry = personAid(id, "DOWRY");
        dowry.put("programmeCode", "JAHIZIEH-1404");
        String aidId = given().contentType(ContentType.JSON).body(dowry).when().post("/api/aid").then().statusCode(201)
                .body("householdId", nullValue())
                .body("personId", equalTo(id))
                .body("programmeCode", equalTo("JAHIZIEH-1404"))
                .body("provinceCode", equalTo("26"))
                .extract().path("id");
        given().contentType(ContentType.JSON).body(personAid(id, "DOWRY")).when().post("/api/aid").then().statusCode(409);
        given().contentType(ContentType.JSON).body(personAid(id, "EDUCATION_SUPPORT")).when().post("/api/aid").then().statusCode(201);
        given().when().get("/api/aid/" + aidId).then().statusCode(200).body("householdId", nullValue());
        given().when().get("/api/aid?personId=" + id).then().statusCode(200).body("items.id", hasItem(aidId));
        assertThat(arrange.database().text("select aggregate_id from outbox_event where ce_type = ? and payload::text like ?",
                "hamyar.beneficiaries.aid-granted.v1", "%" + aidId + "%")).as("keyed by the person").isEqualTo(id);

        // household aid given to her alone counts when she joins a household
        given().contentType(ContentType.JSON).body(personAid(id, "HOUSING")).when().post("/api/aid").then().statusCode(201);
        UUID household = arrange.household(Arrange.org(WELFARE), NationalCodes.random());
        String etag = given().when().get("/api/households/" + household).then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(Bodies.member(single, "SPOUSE"))
                .when().post("/api/households/" + household + "/members").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Bodies.aid(household, "HOUSING", 1L, TODAY))
                .when().post("/api/aid").then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void aPersonWhoLeftAHouseholdWithHousingGetsNoHousingAlone() {
        String spouse = NationalCodes.random();
        UUID family = arrange.household(Arrange.org(WELFARE), NationalCodes.random(), spouse);
        arrange.aid(Arrange.org(WELFARE), family, null, AidCategory.HOUSING, TODAY.minusYears(3));
        UUID spouseId = personId(spouse);
        String etag = given().when().get("/api/households/" + family).then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("reason", "LEFT"))
                .when().post("/api/households/" + family + "/members/" + spouseId + "/departure").then().statusCode(200);
        given().contentType(ContentType.JSON).body(personAid(spouseId.toString(), "HOUSING")).when().post("/api/aid")
                .then().statusCode(409).body("conflicts[0].reason", equalTo("SAME_PROVIDER"));
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void aidToAPersonAloneNeedsAPersonTheCallerServesWithAnAddressAndOneProgramme() {
        String id = given().contentType(ContentType.JSON).body(Bodies.person(NationalCodes.random())).when()
                .post("/api/persons").then().statusCode(201).extract().path("id");
        Map<String, Object> neither = personAid(id, "DOWRY");
        neither.remove("personId");
        given().contentType(ContentType.JSON).body(neither).when().post("/api/aid").then().statusCode(400)
                .body("errors.field", hasItem("personId"));
        Map<String, Object> both = personAid(id, "DOWRY");
        both.put("agreementId", UUID.randomUUID().toString());
        both.put("programmeCode", "jahizieh");
        given().contentType(ContentType.JSON).body(both).when().post("/api/aid").then().statusCode(400)
                .body("errors.field", contains("programmeCode", "programmeCode"));

        String others = arrangePerson(OTHER, Bodies.person(NationalCodes.random()));
        given().contentType(ContentType.JSON).body(personAid(others, "DOWRY")).when().post("/api/aid").then().statusCode(404)
                .body("type", equalTo("urn:hamyar:problem:person-not-found"));
        given().contentType(ContentType.JSON).body(personAid(UUID.randomUUID().toString(), "DOWRY")).when().post("/api/aid")
                .then().statusCode(404);

        Map<String, Object> homeless = new HashMap<>(Bodies.person(NationalCodes.random()));
        homeless.remove("address");
        String withoutAddress = given().contentType(ContentType.JSON).body(homeless).when().post("/api/persons")
                .then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(personAid(withoutAddress, "DOWRY")).when().post("/api/aid")
                .then().statusCode(422).body("type", equalTo("urn:hamyar:problem:person-without-address"))
                .body("errors[0].field", equalTo("personId"));
        assertThat(arrange.database().count("select count(*) from aid where person_id in (?::uuid, ?::uuid, ?::uuid)",
                id, others, withoutAddress)).isZero();
    }

    /**
     * HOUSING for a household and, at the same moment, for one of its members alone: each counts
     * the other (the member's aid alone follows them into the household; the household's aid is
     * theirs while they belong to it), and both grants lock the household.
     */
    @Test
    void ofRacingHousingGrantsToAHouseholdAndToItsMemberAloneExactlyOneSucceeds() throws Exception {
        for (int round = 0; round < 4; round++) {
            String member = NationalCodes.random();
            UUID household = arrange.household(Arrange.org(WELFARE), NationalCodes.random(), member);
            UUID memberId = personId(member);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<AidService.GrantResult>> results = new ArrayList<>();
                for (boolean alone : List.of(false, true)) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return aidService.grant(Actor.of(Arrange.org(WELFARE), "officer", Roles.OFFICER),
                                new AidOrder(alone ? null : household, alone ? memberId : null, AidCategory.HOUSING, 1L, 1,
                                        TODAY, null, null, null, null, null, null));
                    }));
                }
                start.countDown();
                int granted = 0;
                for (Future<AidService.GrantResult> result : results) {
                    if (result.get() instanceof AidService.Granted) {
                        granted++;
                    }
                }
                assertThat(granted).as("granted of two, round " + round).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private String registerAsHead(String code) {
        Map<String, Object> head = new HashMap<>(Bodies.person(code));
        head.remove("address");
        return given().contentType(ContentType.JSON)
                .body(Map.of("head", head, "members", List.of(), "address", Bodies.address("البرز")))
                .when().post("/api/households").then().statusCode(201).extract().path("id");
    }

    private String arrangePerson(String organization, Map<String, Object> body) {
        String code = (String) body.get("nationalCode");
        arrange.household(Arrange.org(organization), code);
        return personId(code).toString();
    }

    private static Map<String, Object> personAid(String personId, String category) {
        return new HashMap<>(Map.of("personId", personId, "category", category, "amountRials", 1_000_000L,
                "quantity", 1, "periodStart", TODAY.toString()));
    }

    private UUID personId(String code) {
        return UUID.fromString(arrange.database().text("select id::text from person where national_code = ?", code));
    }
}
