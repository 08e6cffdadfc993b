package org.hamyar.agreements.agreement;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamyar.agreements.testing.Fixtures.party;
import static org.hamyar.agreements.testing.Fixtures.qazvin;
import static org.hamyar.agreements.testing.Fixtures.terms;
import static org.hamyar.agreements.testing.Fixtures.today;
import static org.hamyar.agreements.testing.Users.as;
import static org.hamyar.agreements.testing.Users.coordinatorOf;
import static org.hamyar.agreements.testing.Users.officerOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad drafts get one problem naming every broken field; Jalali dates and Persian digits are understood. */
@QuarkusTest
class AgreementValidationTest {

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void missingFieldsAreAllNamed() {
        UUID relief = qazvin("RELIEF_COMMITTEE");
        as(coordinatorOf(relief)).body(Map.of("objectives", List.of(" "), "commitments", List.of(Map.of())))
                .post("/api/agreements")
                .then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("urn:hamyar:problem:validation-failed"))
                .body("errors.field", hasItems("title", "parties", "scope", "effectiveFrom", "objectives[0]",
                        "commitments[0].organizationId", "commitments[0].text"));
    }

    @Test
    void endBeforeStartUnknownOrganisationDuplicatePartyAndWrongProvinceInOneAnswer() {
        UUID relief = qazvin("RELIEF_COMMITTEE");
        UUID rural = qazvin("RURAL_AFFAIRS");
        var text = terms(relief, rural, today(), today().minusDays(1));
        text.put("parties", List.of(party(relief, "IMPLEMENTER"), party(rural, "IMPLEMENTER"), party(rural, "MONITOR"),
                party(UUID.randomUUID(), "FUNDER")));
        text.put("scope", Map.of("provinces", List.of("26", "32"), "aidCategories", List.of("FOOD_BASKET")));
        text.put("calendar", List.of(Map.of("title", "جشن", "kind", "FESTIVAL", "startDate", "1405-12-20",
                "endDate", "1405-12-10", "provinces", List.of("۹۹"))));

        as(coordinatorOf(relief)).body(text).post("/api/agreements")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("effectiveTo", "parties[2].organizationId",
                        "parties[3].organizationId", "scope.provinces[1]", "calendar[0].endDate",
                        "calendar[0].provinces[0]"))
                .body("errors.find { it.field == 'parties[3].organizationId' }.message", containsString("No organisation"));
    }

    @Test
    void onePartyIsNotAnAgreement() {
        UUID relief = qazvin("RELIEF_COMMITTEE");
        UUID rural = qazvin("RURAL_AFFAIRS");
        var text = terms(relief, rural, today(), null);
        text.put("parties", List.of(party(relief, "IMPLEMENTER")));
        text.remove("commitments");
        text.remove("committee");
        as(coordinatorOf(relief)).body(text).post("/api/agreements")
                .then().statusCode(400)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("parties"));
    }

    @Test
    void malformedJsonWrongTypesAndUnknownEnumsAre400() {
        UUID relief = qazvin("RELIEF_COMMITTEE");
        as(coordinatorOf(relief)).body("{\"title\": \"x\", \"parties\": [").post("/api/agreements")
                .then().statusCode(400).body("type", containsString("json"));
        as(coordinatorOf(relief)).body(Map.of("title", "x", "effectiveFrom", "not a date")).post("/api/agreements")
                .then().statusCode(400).body("errors.field", hasItem("effectiveFrom"));
        as(coordinatorOf(relief)).body(Map.of("title", "x", "calendar", List.of(Map.of("kind", "PARTY"))))
                .post("/api/agreements")
                .then().statusCode(400).body("errors.field", hasItem(containsString("kind")));
        as(coordinatorOf(relief)).body(Map.of("title", "x", "secret", 1)).post("/api/agreements")
                .then().statusCode(400).body("errors.field", hasItem("secret"));
        as(coordinatorOf(relief)).post("/api/agreements").then().statusCode(400);
    }

    @Test
    void jalaliDatesAndPersianDigitsAreAcceptedAndJalaliShownBesideEveryDate() {
        UUID relief = qazvin("RELIEF_COMMITTEE");
        UUID rural = qazvin("RURAL_AFFAIRS");
        var text = terms(relief, rural, today(), null);
        text.put("effectiveFrom", "۱۳۹۷/۰۹/۲۶");
        text.put("effectiveTo", "1405-12-29");
        text.put("scope", Map.of("provinces", List.of("۲۶"), "aidCategories", List.of("FOOD_BASKET", "RURAL_HOUSING_INSURANCE")));
        text.put("commitments", List.of(Map.of("organizationId", rural.toString(), "text", "بیمه مسکن روستایی",
                "dueDate", "1397-12-29",
                "target", Map.of("indicator", "خانوار بیمه‌شده", "unit", "خانوار", "value", "۹۰۰"))));
        text.put("committee", Map.of("seats", List.of(Map.of("organizationId", relief.toString(), "seats", "۲"))));

        as(coordinatorOf(relief)).body(text).post("/api/agreements")
                .then().statusCode(201)
                .body("effectiveFrom", equalTo("2018-12-17"))
                .body("effectiveFromJalali", equalTo("1397-09-26"))
                .body("effectiveTo", equalTo("2027-03-20"))
                .body("scope.provinces", equalTo(List.of("26")))
                .body("commitments[0].target.value", equalTo(900))
                .body("commitments[0].dueDateJalali", equalTo("1397-12-29"))
                .body("committee.seats[0].seats", equalTo(2))
                .body("calendar[0].startDateJalali", equalTo("1405-12-10"))
                .body("calendar[0].provinces", equalTo(List.of("26")))
                .body("createdAtJalali", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void onlyACoordinatorOfAPartyDrafts() {
        UUID relief = qazvin("RELIEF_COMMITTEE");
        UUID rural = qazvin("RURAL_AFFAIRS");
        UUID stranger = qazvin("WELFARE");
        var text = terms(relief, rural, today(), null);
        as(coordinatorOf(stranger)).body(text).post("/api/agreements")
                .then().statusCode(403).body("type", equalTo("urn:hamyar:problem:not-a-party"));
        as(officerOf(relief)).body(text).post("/api/agreements").then().statusCode(403);
        as(org.hamyar.agreements.testing.Users.ADMIN).body(text).post("/api/agreements").then().statusCode(403);
    }

    @Test
    void textWithDirectionOverridesIsRefused() {
        UUID relief = qazvin("RELIEF_COMMITTEE");
        UUID rural = qazvin("RURAL_AFFAIRS");
        var text = terms(relief, rural, today(), null);
        text.put("title", "تفاهم‌نامه \u202Eنامعتبر");
        as(coordinatorOf(relief)).body(text).post("/api/agreements")
                .then().statusCode(400).body("errors.field", hasItem("title"));
    }

    @Test
    void aHugeBodyIs413AndARetriedDraftWithTheSameIdempotencyKeyIsCreatedOnce() {
        UUID relief = qazvin("RELIEF_COMMITTEE");
        UUID rural = qazvin("RURAL_AFFAIRS");
        var text = terms(relief, rural, today(), null);
        var huge = new java.util.HashMap<>(text);
        huge.put("objectives", List.of("ا".repeat(1_200_000)));
        as(coordinatorOf(relief)).body(huge).post("/api/agreements")
                .then().statusCode(413).contentType(containsString("application/problem+json"));

        String key = UUID.randomUUID().toString();
        String first = as(coordinatorOf(relief)).header("Idempotency-Key", key).body(text).post("/api/agreements")
                .then().statusCode(201).extract().path("id");
        as(coordinatorOf(relief)).header("Idempotency-Key", key).body(text).post("/api/agreements")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first));
        as(coordinatorOf(relief)).queryParam("party", relief.toString()).get("/api/agreements")
                .then().body("total", equalTo(1));
    }
}
