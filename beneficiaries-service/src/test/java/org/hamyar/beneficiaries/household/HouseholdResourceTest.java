package org.hamyar.beneficiaries.household;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hamyar.beneficiaries.testing.AgreementsTopic;
import org.hamyar.beneficiaries.testing.Arrange;
import org.hamyar.beneficiaries.testing.Bodies;
import org.hamyar.beneficiaries.testing.Database;
import org.hamyar.beneficiaries.testing.NationalCodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

@QuarkusTest
class HouseholdResourceTest {

    static final String RELIEF = "7c000000-0000-4000-8000-000000000005";
    static final String RURAL = "7c000000-0000-4000-8000-000000000006";
    static final String WELFARE = "7c000000-0000-4000-8000-000000000009";
    static final String STRANGER = "7c000000-0000-4000-8000-000000000001";

    @Inject
    Arrange arrange;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    @TestSecurity(user = "officer.relief", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = RELIEF))
    void aHouseholdIsRegisteredWithItsMembersAsPersons() {
        String head = NationalCodes.random();
        String spouse = NationalCodes.random();
        String id = given().contentType(ContentType.JSON).body(Bodies.household(head, spouse))
                .when().post("/api/households")
                .then().statusCode(201)
                .header("Location", containsString("/api/households/"))
                .body("head.nationalCode", equalTo(head))
                .body("head.address.village", equalTo("کوندج"))
                .body("members", hasSize(1))
                .body("members[0].relation", equalTo("SPOUSE"))
                .body("members[0].person.nationalCode", equalTo(spouse))
                .body("address.rural", equalTo(true))
                .body("enrolmentCategory", equalTo("RURAL_POOR"))
                .extract().path("id");

        given().when().get("/api/households/" + id)
                .then().statusCode(200)
                .body("head.nationalCode", equalTo(head))
                .body("members[0].person.firstName", equalTo("زهرا"));
        Database db = arrange.database();
        assertThat(db.count("select count(*) from person where national_code in (?, ?)", head, spouse)).isEqualTo(2);
        assertThat(db.text("select person_hash from person where national_code = ?", head)).matches("[0-9a-f]{64}");
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void aHeadWhoAlreadyHeadsAHouseholdLinksItAndTheCallerSeesItsOwnVersion() {
        String head = NationalCodes.random();
        UUID existing = arrange.household(UUID.fromString(RELIEF), head, NationalCodes.random());

        given().contentType(ContentType.JSON).body(Bodies.household(NationalCodes.persian(head)))
                .when().post("/api/households")
                .then().statusCode(201)
                .body("id", equalTo(existing.toString()))
                .body("registeredByOrganizationId", equalTo(WELFARE))
                .body("members", hasSize(0));
        given().when().get("/api/households/" + existing).then().statusCode(200);

        Database db = arrange.database();
        assertThat(db.count("select count(*) from household h join person p on p.id = h.head_person_id where p.national_code = ?",
                head)).isOne();
        assertThat(db.count("select count(*) from household_registration where household_id = ?", existing)).isEqualTo(2);
        assertThat(db.count("select count(*) from record_read where household_id = ?", existing))
                .as("the caller serves it now: its reads are not another organisation's").isZero();
    }

    @Test
    @TestSecurity(user = "officer.relief", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = RELIEF))
    void invalidAndRepeatedNationalCodesAreNamedByTheirField() {
        given().contentType(ContentType.JSON).body(Bodies.household("0684159415", "1234567890"))
                .when().post("/api/households")
                .then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem("head.nationalCode"))
                .body("errors.field", hasItem("members[0].nationalCode"));

        String head = NationalCodes.random();
        String member = NationalCodes.random();
        given().contentType(ContentType.JSON).body(Bodies.household(head, member, NationalCodes.persian(member)))
                .when().post("/api/households")
                .then().statusCode(400)
                .body("type", equalTo("urn:hamyar:problem:validation-failed"))
                .body("errors.field", contains("members[1].nationalCode"))
                .body("errors[0].message", equalTo("appears earlier in the same household"));
        assertThat(arrange.database().count("select count(*) from person where national_code = ?", head))
                .as("nothing half-written").isZero();
    }

    @Test
    @TestSecurity(user = "officer.relief", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = RELIEF))
    void oneAnswerNamesEveryBadFieldOfShapeAndRules() {
        String member = NationalCodes.random();
        Map<String, Object> body = new java.util.HashMap<>(Bodies.household("0684159415", member, member));
        body.remove("address");
        given().contentType(ContentType.JSON).header("Accept-Language", "fa").body(body)
                .when().post("/api/households")
                .then().statusCode(400)
                .body("type", equalTo("urn:hamyar:problem:validation-failed"))
                .body("detail", equalTo("۳ فیلد درخواست نامعتبر است."))
                .body("errors.field", containsInAnyOrder("address", "head.nationalCode", "members[1].nationalCode"))
                .body("errors.find { it.field == 'members[1].nationalCode' }.message",
                        equalTo("پیش‌تر در همین خانوار آمده است"));
    }

    @Test
    @TestSecurity(user = "officer.stranger", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = STRANGER))
    void anotherOrganisationWithoutADataSharingAgreementGets404() {
        UUID household = arrange.household(UUID.fromString(RELIEF), NationalCodes.random());
        // an agreement without data sharing does not open the record
        arrange.agreement(UUID.fromString(RELIEF), UUID.fromString(STRANGER), false, AgreementsTopic.blocking("FOOD_BASKET"));
        given().when().get("/api/households/" + household)
                .then().statusCode(404)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("urn:hamyar:problem:household-not-found"));
        given().when().get("/api/households/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "officer.rural", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = RURAL))
    void aDataSharingPartnerReadsTheHouseholdAndEachPersonShownIsLogged() {
        UUID household = arrange.household(UUID.fromString(RELIEF), NationalCodes.random(), NationalCodes.random());
        given().when().get("/api/households/" + household).then().statusCode(404);

        arrange.agreement(UUID.fromString(RELIEF), UUID.fromString(RURAL), true, List.of());
        given().when().get("/api/households/" + household)
                .then().statusCode(200)
                .body("id", equalTo(household.toString()));
        assertThat(arrange.database().count(
                "select count(*) from record_read where household_id = ? and reader_organization_id = ?",
                household, UUID.fromString(RURAL))).isEqualTo(2);
    }

    @Test
    @TestSecurity(user = "donor.maryam", roles = "donor")
    @OidcSecurity(claims = @Claim(key = "org", value = RELIEF))
    void aDonorGets403() {
        given().contentType(ContentType.JSON).body(Bodies.household(NationalCodes.random()))
                .when().post("/api/households").then().statusCode(403);
        given().when().get("/api/households/" + UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "officer.relief", roles = "officer")
    void aTokenWithoutAnOrganisationCannotRegister() {
        given().contentType(ContentType.JSON).body(Bodies.household(NationalCodes.random()))
                .when().post("/api/households")
                .then().statusCode(403)
                .body("type", equalTo("urn:hamyar:problem:no-organization"));
    }

    @Test
    @TestSecurity(user = "officer.relief", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = RELIEF))
    void aHouseholdWithoutAddressIsRejected() {
        Map<String, Object> body = new java.util.HashMap<>(Bodies.household(NationalCodes.random()));
        body.remove("address");
        given().contentType(ContentType.JSON).body(body).when().post("/api/households")
                .then().statusCode(400).body("errors.field", hasItem("address"));
    }
}
