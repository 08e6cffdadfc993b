package org.hamyar.agreements.organization;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamyar.agreements.testing.Users.ADMIN;
import static org.hamyar.agreements.testing.Users.AUDITOR;
import static org.hamyar.agreements.testing.Users.as;
import static org.hamyar.agreements.testing.Users.coordinatorOf;
import static org.hamyar.agreements.testing.Users.officerOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamyar.agreements.testing.AgreementsTopic;
import org.hamyar.agreements.testing.Fixtures;
import org.hamyar.standards.Dates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganizationResourceTest {

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static Map<String, Object> ngo(String nameFa, String nameEn) {
        return new HashMap<>(Map.of("nameFa", nameFa, "nameEn", nameEn, "type", "NGO", "level", "COUNTY",
                "provinceCode", "23", "county", "تهران"));
    }

    @Test
    void anAdminRegistersAnOrganisationWithLocationETagAndAnEventOnKafka() {
        String id;
        try (var topic = AgreementsTopic.fromBeginning()) {
            var response = as(ADMIN)
                    .body(Map.of("nameFa", "کمیته امداد امام خمینی (ره) شهرستان تاکستان", "nameEn", "Relief Committee, Takestan",
                            "type", "RELIEF_COMMITTEE", "level", "COUNTY", "provinceCode", "۲۶", "county", "تاکستان",
                            "nationalId", "۱۰۳۸۰۲۸۴۷۹۰"))
                    .post("/api/organizations")
                    .then().statusCode(201)
                    .header("ETag", equalTo("\"0\""))
                    .body("provinceCode", equalTo("26"))
                    .body("provinceNameFa", equalTo("قزوین"))
                    .body("nationalId", equalTo("10380284790"))
                    .body("createdAtJalali", notNullValue())
                    .extract();
            id = response.path("id");
            assertThat(response.header("Location")).endsWith("/api/organizations/" + id);

            var event = topic.await("hamyar.agreements.organization-registered.v1", id);
            assertThat(AgreementsTopic.header(event, "ce_source")).isEqualTo("/hamyar/agreements-service");
            assertThat(AgreementsTopic.header(event, "ce_subject")).isEqualTo(id);
            assertThat(event.value()).contains("\"provinceCode\":\"26\"").contains("RELIEF_COMMITTEE");
        }
        as(officerOf(UUID.fromString(id))).get("/api/organizations/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"0\"")).body("nameEn", equalTo("Relief Committee, Takestan"));
    }

    @Test
    void onlyAnAdminRegistersAndUpdatesAndAnonymousCallersGet401() {
        UUID own = Fixtures.qazvin("WELFARE");
        as(coordinatorOf(own)).body(ngo("سمن", "NGO")).post("/api/organizations")
                .then().statusCode(403).contentType(containsString("application/problem+json"));
        as(officerOf(own)).body(ngo("سمن", "NGO")).post("/api/organizations").then().statusCode(403);
        as(AUDITOR).body(ngo("سمن", "NGO")).post("/api/organizations").then().statusCode(403);
        given().get("/api/organizations").then().statusCode(401);
        given().get("/api/organizations/" + own).then().statusCode(401);
    }

    @Test
    void everyBrokenFieldIsNamedInOneProblem() {
        var body = new HashMap<String, Object>();
        body.put("nameEn", "No Persian name");
        body.put("type", "NGO");
        body.put("level", "COUNTY");
        body.put("provinceCode", "99");
        body.put("nationalId", "10380284792");
        body.put("parentOrganizationId", UUID.randomUUID().toString());
        as(ADMIN).body(body).post("/api/organizations")
                .then().statusCode(400)
                .body("type", equalTo("urn:hamyar:problem:validation-failed"))
                .body("errors.field", containsInAnyOrder("nameFa", "provinceCode", "county", "nationalId", "parentOrganizationId"));
    }

    @Test
    void malformedJsonAndUnknownEnumValuesAre400() {
        as(ADMIN).body("{\"nameFa\": \"سمن\", ").post("/api/organizations")
                .then().statusCode(400).contentType(containsString("application/problem+json"));
        as(ADMIN).body(Map.of("nameFa", "سمن", "type", "CHARITY", "level", "COUNTY")).post("/api/organizations")
                .then().statusCode(400).body("errors.field", hasItem("type"));
    }

    @Test
    void theSearchFindsPersianNamesWhateverTheKeyboardAndFiltersCombine() {
        String unique = "پژوهش" + System.nanoTime();
        as(ADMIN).body(ngo("انجمن حمایت از کودکان کار " + unique, "Child labour support society")).post("/api/organizations")
                .then().statusCode(201);
        // Arabic kaf, Persian digits in the unique part
        String typedOnArabicKeyboard = "كودكان كار " + persianDigits(unique);
        as(ADMIN).queryParam("q", typedOnArabicKeyboard).get("/api/organizations")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].nameEn", equalTo("Child labour support society"));
        as(ADMIN).queryParam("q", "LABOUR support").queryParam("type", "NGO").queryParam("province", "23")
                .queryParam("level", "county").queryParam("county", "تهران").queryParam("size", "۲۰۰")
                .get("/api/organizations")
                .then().statusCode(200).body("items.nameFa", hasItem(containsString(unique)));
        as(ADMIN).queryParam("q", unique).queryParam("type", "WELFARE").get("/api/organizations")
                .then().body("total", equalTo(0));
        as(ADMIN).queryParam("province", "99").get("/api/organizations")
                .then().statusCode(400).body("errors.field", hasItem("province"));
        as(ADMIN).queryParam("size", "1000").get("/api/organizations")
                .then().statusCode(400).body("errors.field", hasItem("size"));
    }

    private static String persianDigits(String text) {
        var out = new StringBuilder();
        text.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) ('۰' + (c - '0')) : (char) c));
        return out.toString();
    }

    @Test
    void anUpdateNeedsTheCurrentETagAndAStaleOneGets412() {
        UUID id = Fixtures.qazvin("WELFARE");
        var body = new HashMap<String, Object>(Map.of("nameFa", "بهزیستی قزوین (نام تازه)", "type", "WELFARE",
                "level", "PROVINCE", "provinceCode", "26"));
        as(ADMIN).body(body).put("/api/organizations/" + id).then().statusCode(428);
        as(ADMIN).header("If-Match", "\"0\"").body(body).put("/api/organizations/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("nameFa", equalTo("بهزیستی قزوین (نام تازه)"));
        as(ADMIN).header("If-Match", "\"0\"").body(body).put("/api/organizations/" + id)
                .then().statusCode(412).header("ETag", equalTo("\"1\""))
                .body("type", equalTo("urn:hamyar:problem:stale-version"));
        as(ADMIN).header("If-Match", "\"1\"").body(body).put("/api/organizations/" + UUID.randomUUID())
                .then().statusCode(404).body("type", equalTo("urn:hamyar:problem:organization-not-found"));
    }

    @Test
    void aRetriedRegistrationWithTheSameIdempotencyKeyGetsTheFirstAnswer() {
        String key = UUID.randomUUID().toString();
        var body = ngo("سمن تکرارشونده " + key, "Retried NGO");
        String first = as(ADMIN).header("Idempotency-Key", key).body(body).post("/api/organizations")
                .then().statusCode(201).extract().path("id");
        as(ADMIN).header("Idempotency-Key", key).body(body).post("/api/organizations")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        as(ADMIN).queryParam("q", key).get("/api/organizations").then().body("total", equalTo(1));
    }

    /**
     * An ACTIVE agreement between {@code hq} and a municipal deputy in Tehran province whose text
     * entrusts {@code hq} (when {@code entrusted}) with assessing NGOs (seed 003).
     */
    private static UUID tehranAgreement(UUID hq, boolean entrusted, List<String> counties) {
        UUID deputy = Fixtures.organization("MUNICIPALITY", "23");
        var text = Fixtures.terms(hq, deputy, Fixtures.today(), Fixtures.today().plusYears(1));
        text.put("parties", List.of(
                Map.of("organizationId", hq.toString(), "role", "NGO_HEADQUARTERS", "assessesNgos", entrusted),
                Fixtures.party(deputy, "MUNICIPAL_DEPUTY")));
        text.put("scope", Map.of("provinces", List.of("23"), "counties", counties,
                "beneficiaryCategories", List.of(), "aidCategories", List.of("FOOD_BASKET")));
        text.put("committee", Map.of("seats", List.of()));
        text.put("commitments", List.of());
        UUID id = Fixtures.draft(hq, text);
        Fixtures.sign(id, hq);
        Fixtures.sign(id, deputy);
        return id;
    }

    @Test
    void onlyAnOrganisationAnActiveAgreementEntrustsWithItGradesTheNgosOfItsScope() {
        String ngoId = as(ADMIN).body(ngo("سمن ارزیابی " + UUID.randomUUID(), "Assessed NGO")).post("/api/organizations")
                .then().statusCode(201).extract().path("id");
        var grade = Map.of("grade", "B", "assessedOn", "1405-07-15");

        // any coordinator of the network: not an assessor
        UUID stranger = Fixtures.organization("OTHER", "23");
        as(coordinatorOf(stranger)).body(grade).post("/api/organizations/" + ngoId + "/assessments")
                .then().statusCode(403).body("type", equalTo("urn:hamyar:problem:not-an-assessor"));
        // a party of an agreement that does not entrust it
        UUID party = Fixtures.organization("OTHER", "23");
        tehranAgreement(party, false, List.of());
        as(coordinatorOf(party)).body(grade).post("/api/organizations/" + ngoId + "/assessments")
                .then().statusCode(403).body("type", equalTo("urn:hamyar:problem:not-an-assessor"));
        // entrusted, but for another county than the NGO's
        UUID elsewhere = Fixtures.organization("OTHER", "23");
        tehranAgreement(elsewhere, true, List.of("شمیرانات"));
        as(coordinatorOf(elsewhere)).body(grade).post("/api/organizations/" + ngoId + "/assessments")
                .then().statusCode(403).body("type", equalTo("urn:hamyar:problem:not-an-assessor"));
        as(AUDITOR).get("/api/organizations/" + ngoId + "/assessments").then().statusCode(200).body("$", hasSize(0));

        // entrusted for Tehran county, where the NGO works: grades
        UUID hq = Fixtures.organization("OTHER", "23");
        UUID agreement = tehranAgreement(hq, true, List.of("تهران"));
        as(officerOf(hq)).get("/api/agreements/" + agreement).then().body("parties[0].assessesNgos", equalTo(true));
        as(coordinatorOf(hq)).body(grade).post("/api/organizations/" + ngoId + "/assessments")
                .then().statusCode(201).body("assessingOrganizationId", equalTo(hq.toString()));

        // the agreement terminated: the entrustment ends with it
        as(coordinatorOf(hq)).body(Map.of("reason", "پایان همکاری")).post("/api/agreements/" + agreement + "/termination")
                .then().statusCode(200);
        as(coordinatorOf(hq)).body(grade).post("/api/organizations/" + ngoId + "/assessments")
                .then().statusCode(403).body("type", equalTo("urn:hamyar:problem:not-an-assessor"));
    }

    @Test
    void anNgoIsGradedByTheCallersOrganisationAndShowsItsLatestGrade() {
        UUID hq = Fixtures.organization("OTHER", "23");
        tehranAgreement(hq, true, List.of());
        String ngoId = as(ADMIN).body(ngo("سمن درجه‌بندی " + UUID.randomUUID(), "Graded NGO")).post("/api/organizations")
                .then().statusCode(201).extract().path("id");

        as(coordinatorOf(hq)).body(Map.of("grade", "C", "assessedOn", "1404-07-15", "note", "ظرفیت‌سنجی نخست"))
                .post("/api/organizations/" + ngoId + "/assessments")
                .then().statusCode(201)
                .body("assessingOrganizationId", equalTo(hq.toString()))
                .body("assessedOn", equalTo(Dates.parseIsoOrJalali("1404-07-15").toString()));
        as(coordinatorOf(hq)).body(Map.of("grade", "A", "assessedOn", "1405-07-15"))
                .post("/api/organizations/" + ngoId + "/assessments").then().statusCode(201);
        // entered late for an earlier date: joins the history, does not replace the latest grade
        as(coordinatorOf(hq)).body(Map.of("grade", "D", "assessedOn", "1403-07-15"))
                .post("/api/organizations/" + ngoId + "/assessments").then().statusCode(201);

        as(officerOf(hq)).get("/api/organizations/" + ngoId)
                .then().body("grade.grade", equalTo("A"))
                .body("grade.assessedOnJalali", equalTo("1405-07-15"))
                .body("grade.assessingOrganizationId", equalTo(hq.toString()));
        as(AUDITOR).get("/api/organizations/" + ngoId + "/assessments")
                .then().statusCode(200).body("grade", org.hamcrest.Matchers.contains("A", "C", "D"));

        as(officerOf(hq)).body(Map.of("grade", "B", "assessedOn", "1405-07-15"))
                .post("/api/organizations/" + ngoId + "/assessments").then().statusCode(403);
        as(coordinatorOf(hq)).body(Map.of("grade", "B", "assessedOn", "1500-01-01"))
                .post("/api/organizations/" + ngoId + "/assessments")
                .then().statusCode(400).body("errors.field", hasItem("assessedOn"));
        as(coordinatorOf(hq)).body(Map.of("grade", "B", "assessedOn", "1405-07-15"))
                .post("/api/organizations/" + hq + "/assessments")
                .then().statusCode(409).body("type", equalTo("urn:hamyar:problem:not-an-ngo"));
        as(coordinatorOf(hq)).get("/api/organizations/" + hq).then().body("grade", nullValue());
        as(coordinatorOf(hq)).body(Map.of("grade", "Z")).post("/api/organizations/" + ngoId + "/assessments")
                .then().statusCode(400);
        as(coordinatorOf(hq)).body(Map.of()).post("/api/organizations/" + ngoId + "/assessments")
                .then().statusCode(400).body("errors", hasSize(2));
    }

    @Test
    void problemsSpeakPersianWhenAsked() {
        as(ADMIN).header("Accept-Language", "fa").get("/api/organizations/" + UUID.randomUUID())
                .then().statusCode(404).body("title", equalTo("سازمان یافت نشد"));
        as(ADMIN).header("Accept-Language", "fa").body(Map.of("nameFa", "سمن", "type", "NGO", "level", "PROVINCE",
                        "provinceCode", "99"))
                .post("/api/organizations")
                .then().statusCode(400)
                .body("errors.find { it.field == 'provinceCode' }.message", containsString("استانی با کد"));
    }

    @Test
    void organisationsAreListedUnderTheirParent() {
        UUID parent = Fixtures.organization("RELIEF_COMMITTEE", "26");
        var child = new HashMap<String, Object>(Map.of("nameFa", "کمیته امداد شهرستان آبیک", "type", "RELIEF_COMMITTEE",
                "level", "COUNTY", "provinceCode", "26", "county", "آبیک", "parentOrganizationId", parent.toString()));
        String childId = as(ADMIN).body(child).post("/api/organizations").then().statusCode(201).extract().path("id");
        as(ADMIN).queryParam("parent", parent.toString()).get("/api/organizations")
                .then().body("total", equalTo(1)).body("items[0].id", equalTo(childId))
                .body("items[0].parentOrganizationId", equalTo(parent.toString()));
        as(ADMIN).queryParam("parent", "not-a-uuid").get("/api/organizations")
                .then().statusCode(400).body("errors.field", hasItem("parent"));
        // the parent may not become its child's child
        var parentBody = new HashMap<String, Object>(Map.of("nameFa", "کمیته امداد", "type", "RELIEF_COMMITTEE",
                "level", "PROVINCE", "provinceCode", "26", "parentOrganizationId", childId));
        as(ADMIN).header("If-Match", "\"0\"").body(parentBody).put("/api/organizations/" + parent)
                .then().statusCode(400).body("errors.field", hasItem("parentOrganizationId"));
    }
}
