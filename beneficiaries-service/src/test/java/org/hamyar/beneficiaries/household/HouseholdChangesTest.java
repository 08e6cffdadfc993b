package org.hamyar.beneficiaries.household;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hamyar.beneficiaries.testing.AgreementsTopic;
import org.hamyar.beneficiaries.testing.Arrange;
import org.hamyar.beneficiaries.testing.Bodies;
import org.hamyar.beneficiaries.testing.Database;
import org.hamyar.beneficiaries.testing.NationalCodes;
import org.hamyar.events.agreements.AgreementEvents;
import org.hamyar.events.agreements.AgreementTerminated;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * docs/product.md §4 "Households": a member joins, leaves or dies, a new head is named — each a
 * change of the caller's own version with If-Match — and a person belongs to one household at a
 * time across the network, a move keeping its history, shown only to those who may see the
 * household and never telling where a person went.
 */
@QuarkusTest
class HouseholdChangesTest {

    /** Registered the families; the caller of most tests. */
    static final String OWNER = "7e000000-0000-4000-8000-000000000005";
    /** Shares nothing with the owner. */
    static final String STRANGER = "7e000000-0000-4000-8000-000000000001";
    /** Shares data with the owner while an agreement is ACTIVE. */
    static final String PARTNER = "7e000000-0000-4000-8000-000000000006";

    @Inject
    Arrange arrange;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    @TestSecurity(user = "officer.owner", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = OWNER))
    void aMemberJoinsLeavesAndANewHeadIsNamedEachWithIfMatchAndTheHistoryKeepsEveryStretch() {
        String head = NationalCodes.random();
        String spouse = NationalCodes.random();
        String child = NationalCodes.random();
        String id = given().contentType(ContentType.JSON).body(household(head, Map.of(spouse, "SPOUSE", child, "CHILD")))
                .when().post("/api/households").then().statusCode(201).extract().path("id");
        String path = "/api/households/" + id;
        String first = given().when().get(path).then().statusCode(200).header("ETag", notNullValue()).extract().header("ETag");

        String baby = NationalCodes.random();
        Map<String, Object> joining = Bodies.member(baby, "CHILD");
        given().contentType(ContentType.JSON).body(joining).when().post(path + "/members").then().statusCode(428)
                .body("type", equalTo("urn:hamyar:problem:if-match-required"));
        String second = given().contentType(ContentType.JSON).header("If-Match", first).body(joining)
                .when().post(path + "/members").then().statusCode(200)
                .body("members.person.nationalCode", containsInAnyOrder(spouse, child, baby))
                .extract().header("ETag");
        assertThat(second).isNotEqualTo(first);
        given().contentType(ContentType.JSON).header("If-Match", first).body(joining).when().post(path + "/members")
                .then().statusCode(412).body("type", equalTo("urn:hamyar:problem:stale-version"));

        Database db = arrange.database();
        UUID childId = personId(child);
        UUID headId = personId(head);
        UUID spouseId = personId(spouse);
        UUID babyId = personId(baby);
        String third = given().contentType(ContentType.JSON).header("If-Match", second).body(Map.of("reason", "LEFT"))
                .when().post(path + "/members/" + childId + "/departure").then().statusCode(200)
                .body("members.person.nationalCode", containsInAnyOrder(spouse, baby))
                .extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", third).body(Map.of("reason", "DIED"))
                .when().post(path + "/members/" + headId + "/departure").then().statusCode(409)
                .body("type", equalTo("urn:hamyar:problem:household-change-refused"))
                .body("errors[0].field", equalTo("personId"));
        given().contentType(ContentType.JSON).header("If-Match", third).body(Map.of("reason", "gone"))
                .when().post(path + "/members/" + babyId + "/departure").then().statusCode(400);

        // the head died: the spouse heads the household, the baby is re-expressed as her child
        Map<String, Object> headChange = Map.of("personId", spouseId.toString(), "formerHead", "DIED",
                "relations", List.of(Map.of("personId", babyId.toString(), "relation", "CHILD")));
        given().contentType(ContentType.JSON).header("If-Match", third)
                .body(Map.of("personId", spouseId.toString(), "formerHead", "STAYS", "relations", List.of()))
                .when().post(path + "/head").then().statusCode(400)
                .body("errors.field", contains("formerHeadRelation"));
        given().contentType(ContentType.JSON).header("If-Match", third)
                .body(Map.of("personId", spouseId.toString(), "formerHead", "DIED", "relations", List.of()))
                .when().post(path + "/head").then().statusCode(409)
                .body("errors[0].field", equalTo("relations"));
        given().contentType(ContentType.JSON).header("If-Match", third).body(headChange)
                .when().post(path + "/head").then().statusCode(200)
                .body("head.nationalCode", equalTo(spouse))
                .body("members.person.nationalCode", contains(baby))
                .body("members[0].relation", equalTo("CHILD"));

        given().when().get(path + "/history").then().statusCode(200)
                // the baby's relation did not change: one stretch
                .body("total", equalTo(5))
                .body("items.findAll { it.personId == '" + headId + "' }.endReason", contains("DIED"))
                .body("items.findAll { it.personId == '" + childId + "' }.endReason", contains("LEFT"))
                .body("items.findAll { it.personId == '" + spouseId + "' }.relation", contains("SPOUSE", null))
                .body("items.findAll { it.personId == '" + spouseId + "' }.endReason", contains("CHANGED", null))
                .body("items.findAll { it.validTo == null }.personId", containsInAnyOrder(spouseId.toString(), babyId.toString()))
                .body("items[0].startedByOrganizationId", equalTo(OWNER))
                .body("items[0].validFromJalali", notNullValue());
        assertThat(db.count("select count(*) from household_membership where household_id = ?::uuid and valid_to is null", id))
                .isEqualTo(2);
        assertThat(db.text("select head_person_id::text from household where id = ?::uuid", id)).isEqualTo(spouseId.toString());
        given().when().get(path + "/history?page=2147483647&size=200").then().statusCode(200)
                .body("items", hasSize(0)).body("total", equalTo(5));
    }

    @Test
    @TestSecurity(user = "officer.owner", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = OWNER))
    void registeringAMemberOfAnotherHouseholdAsAHeadMovesThemWithHistory() {
        String head = NationalCodes.random();
        String spouse = NationalCodes.random();
        UUID first = arrange.household(Arrange.org(OWNER), head, spouse);
        UUID spouseId = personId(spouse);

        String second = given().contentType(ContentType.JSON).body(household(spouse, Map.of()))
                .when().post("/api/households").then().statusCode(201).extract().path("id");
        assertThat(second).isNotEqualTo(first.toString());

        Database db = arrange.database();
        assertThat(db.count("select count(*) from household_membership where person_id = ? and valid_to is null", spouseId))
                .as("one household at a time").isOne();
        assertThat(db.text("select household_id::text from household_membership where person_id = ? and valid_to is null", spouseId))
                .isEqualTo(second);
        given().when().get("/api/households/" + first).then().statusCode(200).body("members", hasSize(0));
        given().when().get("/api/households/" + first + "/history").then().statusCode(200)
                .body("items.findAll { it.personId == '" + spouseId + "' }.endReason", contains("MOVED"))
                .body("items.findAll { it.personId == '" + spouseId + "' }.endedByOrganizationId", contains(OWNER));
        given().when().get("/api/households/" + second + "/history").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].head", equalTo(true)).body("items[0].validTo", nullValue());
    }

    @Test
    @TestSecurity(user = "officer.owner", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = OWNER))
    void anotherAgencysMoveLeavesTheOwnersVersionAndShowsNoEndNorWhereThePersonWent(
    ) {
        String spouse = NationalCodes.random();
        UUID first = arrange.household(Arrange.org(OWNER), NationalCodes.random(), spouse);
        UUID spouseId = personId(spouse);
        UUID elsewhere = arrange.household(Arrange.org(STRANGER), NationalCodes.random(), spouse);

        Database db = arrange.database();
        assertThat(db.text("select household_id::text from household_membership where person_id = ? and valid_to is null", spouseId))
                .as("the network's membership moved").isEqualTo(elsewhere.toString());
        String version = given().when().get("/api/households/" + first).then().statusCode(200)
                .body("members.person.nationalCode", contains(spouse)).extract().asString();
        String history = given().when().get("/api/households/" + first + "/history").then().statusCode(200)
                .body("items.findAll { it.personId == '" + spouseId + "' }.validTo", contains((Object) null))
                .body("items.findAll { it.personId == '" + spouseId + "' }.endReason", contains((Object) null))
                .extract().asString();
        assertThat(version + history).doesNotContain(elsewhere.toString()).doesNotContain(STRANGER);
        // the owner's version still lists her: personal aid naming the household is not refused (a 422 would tell)
        Map<String, Object> dowry = Bodies.aid(first, "DOWRY", 150_000_000L, LocalDate.now());
        dowry.put("personId", spouseId.toString());
        given().contentType(ContentType.JSON).body(dowry).when().post("/api/aid").then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "officer.owner", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = OWNER))
    void anUpdateReplacesTheOwnVersionWithIfMatchAndTheFirstRegistrantMovesTheHouseholdsPlace() {
        String head = NationalCodes.random();
        UUID id = arrange.household(Arrange.org(OWNER), head);
        String path = "/api/households/" + id;
        String etag = given().when().get(path).then().statusCode(200).extract().header("ETag");
        Map<String, Object> update = Map.of("address", Map.of("provinceCode", "۲۶", "county", "تاکستان", "rural", false),
                "enrolmentCategory", "FEMALE_HEADED");
        given().contentType(ContentType.JSON).body(update).when().put(path).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"999\"").body(update).when().put(path).then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("enrolmentCategory", "ORPHAN"))
                .when().put(path).then().statusCode(400).body("errors.field", contains("address"));
        String next = given().contentType(ContentType.JSON).header("If-Match", etag).body(update).when().put(path)
                .then().statusCode(200)
                .body("address.county", equalTo("تاکستان")).body("address.provinceCode", equalTo("26"))
                .body("enrolmentCategory", equalTo("FEMALE_HEADED"))
                .extract().header("ETag");
        assertThat(next).isNotEqualTo(etag);
        assertThat(arrange.database().text("select county from household where id = ?", id)).isEqualTo("تاکستان");

        // a second registrant's update changes its version only
        arrange.household(Arrange.org(STRANGER), head);
        assertThat(arrange.database().text("select county from household_registration where household_id = ? "
                + "and organization_id = ?::uuid", id, STRANGER)).isEqualTo("البرز");
    }

    @Test
    @TestSecurity(user = "officer.stranger", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = STRANGER))
    void anOrganisationThatSharesNothingGets404OnEveryChangeAndOnTheHistory() {
        String spouse = NationalCodes.random();
        UUID id = arrange.household(Arrange.org(OWNER), NationalCodes.random(), spouse);
        assertNothingToTheStranger(id, personId(spouse), 404);
    }

    @Test
    @TestSecurity(user = "officer.partner", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = PARTNER))
    void aDataSharingPartnerReadsTheHistoryButChangesNothingAndAfterTheAgreementSeesNothing() {
        String spouse = NationalCodes.random();
        UUID id = arrange.household(Arrange.org(OWNER), NationalCodes.random(), spouse);
        UUID spouseId = personId(spouse);
        assertNothingToTheStranger(id, spouseId, 404);

        UUID agreement = arrange.agreement(Arrange.org(OWNER), Arrange.org(PARTNER), true, List.of());
        given().when().get("/api/households/" + id + "/history").then().statusCode(200).body("items", hasSize(2));
        assertThat(arrange.database().count("select count(*) from record_read where household_id = ? and person_id is null "
                + "and reader_organization_id = ?::uuid", id, PARTNER)).as("the history read is logged").isOne();
        String etag = given().when().get("/api/households/" + id).then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("address", Bodies.address("تاکستان"))).when().put("/api/households/" + id)
                .then().statusCode(403).body("type", equalTo("urn:hamyar:problem:not-your-version"));
        given().contentType(ContentType.JSON).header("If-Match", etag).body(Bodies.member(NationalCodes.random(), "CHILD"))
                .when().post("/api/households/" + id + "/members").then().statusCode(403);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("reason", "LEFT"))
                .when().post("/api/households/" + id + "/members/" + spouseId + "/departure").then().statusCode(403);
        String personEtag = given().when().get("/api/persons/" + spouseId).then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", personEtag).body(personUpdate())
                .when().put("/api/persons/" + spouseId).then().statusCode(403)
                .body("type", equalTo("urn:hamyar:problem:not-your-version"));
        assertThat(arrange.database().count("select count(*) from household_registration where household_id = ?", id))
                .as("no version of the partner's was made").isOne();

        try (AgreementsTopic topic = new AgreementsTopic()) {
            arrange.database().awaitProcessed(topic.send(AgreementEvents.AGREEMENT_TERMINATED, agreement,
                    new AgreementTerminated(agreement, 1, LocalDate.now(), Instant.now())));
        }
        assertNothingToTheStranger(id, spouseId, 404);
    }

    /** Every change and the history answer the same status, and nothing changed. */
    private void assertNothingToTheStranger(UUID id, UUID member, int status) {
        String path = "/api/households/" + id;
        long stretches = arrange.database().count("select count(*) from household_membership where household_id = ?", id);
        given().when().get(path + "/history").then().statusCode(status);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("address", Bodies.address("تاکستان")))
                .when().put(path).then().statusCode(status);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Bodies.member(NationalCodes.random(), "CHILD"))
                .when().post(path + "/members").then().statusCode(status);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("reason", "DIED"))
                .when().post(path + "/members/" + member + "/departure").then().statusCode(status);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("personId", member.toString(), "formerHead", "LEFT", "relations", List.of()))
                .when().post(path + "/head").then().statusCode(status);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(personUpdate())
                .when().put("/api/persons/" + member).then().statusCode(status);
        assertThat(arrange.database().count("select count(*) from household_membership where household_id = ?", id))
                .isEqualTo(stretches);
    }

    static Map<String, Object> personUpdate() {
        Map<String, Object> body = new HashMap<>(Bodies.person("0000000000"));
        body.remove("nationalCode");
        return body;
    }

    static Map<String, Object> household(String headCode, Map<String, String> members) {
        Map<String, Object> head = new HashMap<>(Bodies.person(headCode));
        head.remove("address");
        return Map.of("head", head,
                "members", members.entrySet().stream().map(e -> Bodies.member(e.getKey(), e.getValue())).toList(),
                "address", Bodies.address("البرز"));
    }

    private UUID personId(String code) {
        return UUID.fromString(arrange.database().text("select id::text from person where national_code = ?", code));
    }
}
