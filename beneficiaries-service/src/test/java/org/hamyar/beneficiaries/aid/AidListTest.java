package org.hamyar.beneficiaries.aid;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

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

/** GET /api/aid, PLANNED → DELIVERED and the agreement aid is given under, as the welfare office. */
@QuarkusTest
class AidListTest {

    static final String WELFARE = "7d000000-0000-4000-8000-000000000009";
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
    void theListFiltersByCategoryStatusPeriodAndHouseholdAndHidesWhatIsNotShared() {
        UUID other = UUID.randomUUID();
        String head = NationalCodes.random();
        UUID household = arrange.household(UUID.fromString(WELFARE), head);
        arrange.household(other, head);
        UUID otherAid = ((AidService.Granted) arrange.aid(other, household, null, AidCategory.CULTURAL_PACKAGE, TODAY)).aid().id;
        UUID basket = ((AidService.Granted) arrange.aid(UUID.fromString(WELFARE), household, null, AidCategory.FOOD_BASKET,
                TODAY.minusDays(60))).aid().id;
        Map<String, Object> planned = Bodies.aid(household, "CASH_GRANT", 1_000_000L, TODAY);
        planned.put("status", "PLANNED");
        String cash = given().contentType(ContentType.JSON).body(planned).when().post("/api/aid")
                .then().statusCode(201).extract().path("id");

        given().queryParam("householdId", household.toString()).when().get("/api/aid")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(cash, basket.toString()))
                .body("items.id", not(hasItem(otherAid.toString())));
        given().queryParam("householdId", household.toString()).queryParam("status", "planned").when().get("/api/aid")
                .then().statusCode(200).body("items.id", contains(cash));
        given().queryParam("householdId", household.toString()).queryParam("category", "FOOD_BASKET").when().get("/api/aid")
                .then().statusCode(200).body("items.id", contains(basket.toString()));
        given().queryParam("householdId", household.toString()).queryParam("from", TODAY.minusDays(5).toString())
                .when().get("/api/aid")
                .then().statusCode(200).body("items.id", contains(cash));
        given().queryParam("provider", other.toString()).when().get("/api/aid")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("provider", WELFARE).queryParam("size", 5).when().get("/api/aid")
                .then().statusCode(200).body("items.providerOrganizationId", everyItem(equalTo(WELFARE)));
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void badListParametersAreOne400NamingEveryOne() {
        given().queryParam("from", "2025-05-10").queryParam("to", "1350-01-01").queryParam("status", "LOST")
                .when().get("/api/aid")
                .then().statusCode(400)
                .body("type", equalTo("urn:hamyar:problem:invalid-parameter"))
                .body("errors.field", hasItem("status"));
        given().queryParam("from", "2025-05-10").queryParam("to", "2025-05-01")
                .when().get("/api/aid")
                .then().statusCode(400)
                .body("type", equalTo("urn:hamyar:problem:invalid-parameter"))
                .body("errors.field", contains("to"));
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void plannedAidIsDeliveredByItsProviderWithIfMatch() {
        UUID household = arrange.household(UUID.fromString(WELFARE), NationalCodes.random());
        Map<String, Object> planned = Bodies.aid(household, "CASH_GRANT", 1_000_000L, TODAY);
        planned.put("status", "PLANNED");
        String id = given().contentType(ContentType.JSON).body(planned).when().post("/api/aid")
                .then().statusCode(201).extract().path("id");
        String etag = given().when().get("/api/aid/" + id).then().statusCode(200).extract().header("ETag");

        given().when().post("/api/aid/" + id + "/delivery").then().statusCode(428);
        given().header("If-Match", "\"999\"").when().post("/api/aid/" + id + "/delivery").then().statusCode(412);
        given().header("If-Match", etag).when().post("/api/aid/" + id + "/delivery")
                .then().statusCode(200).body("status", equalTo("DELIVERED"));
        String next = given().when().get("/api/aid/" + id).then().statusCode(200).extract().header("ETag");
        given().header("If-Match", next).when().post("/api/aid/" + id + "/delivery")
                .then().statusCode(409).body("type", equalTo("urn:hamyar:problem:aid-not-planned"));
        given().header("If-Match", "*").when().post("/api/aid/" + UUID.randomUUID() + "/delivery").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void aidIsGivenOnlyUnderAnActiveAgreementOfItsProvider() {
        UUID household = arrange.household(UUID.fromString(WELFARE), NationalCodes.random());
        UUID ours = arrange.agreement(UUID.fromString(WELFARE), UUID.randomUUID(), false, AgreementsTopic.blocking("PILGRIMAGE"));
        UUID theirs = arrange.agreement(UUID.randomUUID(), UUID.randomUUID(), false, AgreementsTopic.blocking("PILGRIMAGE"));
        Map<String, Object> body = Bodies.aid(household, "CASH_GRANT", 1_000_000L, TODAY);
        body.put("agreementId", theirs.toString());
        given().contentType(ContentType.JSON).body(body).when().post("/api/aid")
                .then().statusCode(422)
                .body("type", equalTo("urn:hamyar:problem:agreement-not-applicable"))
                .body("errors.field", containsInAnyOrder("agreementId"));
        body.put("agreementId", ours.toString());
        given().contentType(ContentType.JSON).body(body).when().post("/api/aid")
                .then().statusCode(201).body("agreementId", equalTo(ours.toString()));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void anAuditorListsTheNetwork() {
        UUID other = UUID.randomUUID();
        UUID household = arrange.household(other, NationalCodes.random());
        UUID aid = ((AidService.Granted) arrange.aid(other, household, null, AidCategory.IFTAR_MEAL, TODAY)).aid().id;
        given().queryParam("provider", other.toString()).when().get("/api/aid")
                .then().statusCode(200).body("items.id", contains(aid.toString()));
    }
}
