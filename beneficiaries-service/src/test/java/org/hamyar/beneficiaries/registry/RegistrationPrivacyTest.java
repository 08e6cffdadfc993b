package org.hamyar.beneficiaries.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hamyar.beneficiaries.aid.AidCategory;
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
import io.restassured.response.ValidatableResponse;

/**
 * docs/product.md §2 at registration: an organisation that knows a national code another agency
 * registered links the identity but learns nothing of that agency's record — not its names,
 * members, disability, phone or address, and not even (201 vs 200) that it exists — until an
 * ACTIVE data-sharing agreement joins the two, and again after the agreement ends. Every read of
 * another organisation's record is in the read log.
 */
@QuarkusTest
class RegistrationPrivacyTest {

    /** The Qazvin relief committee: registered the family first. */
    static final String RELIEF = "7d000000-0000-4000-8000-000000000005";
    /** An organisation that shares nothing with it (the caller of these tests). */
    static final String STRANGER = "7d000000-0000-4000-8000-000000000001";
    /** An organisation that shares data with the relief committee and never registered the family. */
    static final String PARTNER = "7d000000-0000-4000-8000-000000000006";

    @Inject
    Arrange arrange;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    @TestSecurity(user = "officer.stranger", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = STRANGER))
    void aPersonRegisteredByAnOrganisationThatSharesNothingAnswersOnlyItsOwnVersionUntilAnAgreementAndAfterIt() {
        String code = NationalCodes.random();
        arrange.household(Arrange.org(RELIEF), code);
        Map<String, Object> madeUp = madeUp(code);
        String id = given().contentType(ContentType.JSON).body(madeUp).when().post("/api/persons")
                .then().statusCode(201)
                .header("Location", containsString("/api/persons/"))
                .body("nationalCode", equalTo(code))
                .body("firstName", equalTo("مهدی"))
                .body("lastName", equalTo("رضایی"))
                .body("fatherName", nullValue())
                .body("disability", nullValue())
                .body("phone", nullValue())
                .body("address.county", equalTo("تاکستان"))
                .body("registeredByOrganizationId", equalTo(STRANGER))
                .body("identityUnderReview", nullValue())
                .extract().path("id");
        UUID personId = UUID.fromString(id);
        Database db = arrange.database();
        assertThat(db.count("select count(*) from person where national_code = ?", code))
                .as("one identity across agencies").isOne();
        assertThat(db.text("select identity_disputed::text from person_registration where person_id = ? and organization_id = ?",
                personId, Arrange.org(STRANGER))).as("disagreeing names kept and flagged for review").isEqualTo("true");
        assertThat(db.text("select first_name from person where id = ?", personId))
                .as("the first registration's identity is unchanged").isEqualTo("علی");

        // a code nobody registered answers the same way: 201 does not reveal existence
        given().contentType(ContentType.JSON).body(madeUp(NationalCodes.random())).when().post("/api/persons")
                .then().statusCode(201).body("identityUnderReview", nullValue());
        // the same organisation again: 200, its own version unchanged
        Map<String, Object> again = madeUp(code);
        again.put("firstName", "حسن");
        given().contentType(ContentType.JSON).body(again).when().post("/api/persons")
                .then().statusCode(200).body("id", equalTo(id)).body("firstName", equalTo("مهدی"));

        ownVersion(given().when().get("/api/persons/" + id).then().statusCode(200));
        assertThat(db.count("select count(*) from record_read where person_id = ?", personId))
                .as("nothing of another organisation was read").isZero();

        // an ACTIVE data-sharing agreement: the stranger may now see that the versions disagree, a logged read
        UUID agreement = arrange.agreement(Arrange.org(RELIEF), Arrange.org(STRANGER), true, List.of());
        ownVersion(given().when().get("/api/persons/" + id).then().statusCode(200))
                .body("identityUnderReview", equalTo(true));
        assertThat(db.count("select count(*) from record_read where person_id = ? and reader_organization_id = ?",
                personId, Arrange.org(STRANGER))).isOne();

        // terminated: back to its own version alone, nothing read
        terminate(agreement);
        ownVersion(given().when().get("/api/persons/" + id).then().statusCode(200))
                .body("identityUnderReview", nullValue());
        assertThat(db.count("select count(*) from record_read where person_id = ?", personId)).isOne();
    }

    @Test
    @TestSecurity(user = "officer.stranger", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = STRANGER))
    void aHouseholdRegisteredAgainByAnOrganisationThatSharesNothingShowsNoneOfTheFamilysFile() {
        String head = NationalCodes.random();
        String spouse = NationalCodes.random();
        UUID household = arrange.household(Arrange.org(RELIEF), head, spouse);

        Map<String, Object> body = new HashMap<>();
        Map<String, Object> madeUpHead = madeUp(head);
        madeUpHead.remove("address");
        body.put("head", madeUpHead);
        body.put("members", List.of());
        body.put("address", Map.of("provinceCode", "26", "county", "تاکستان", "rural", false));
        ValidatableResponse registered = given().contentType(ContentType.JSON).body(body).when().post("/api/households")
                .then().statusCode(201)
                .body("id", equalTo(household.toString()))
                .body("members", hasSize(0))
                .body("head.firstName", equalTo("مهدی"))
                .body("head.disability", nullValue())
                .body("head.phone", nullValue())
                .body("address.county", equalTo("تاکستان"))
                .body("address.village", nullValue())
                .body("enrolmentCategory", nullValue())
                .body("registeredByOrganizationId", equalTo(STRANGER))
                .body(not(containsString(spouse)));
        assertThat(registered.extract().asString()).doesNotContain(spouse).doesNotContain("زهرا").doesNotContain("کوندج")
                .doesNotContain("VISUAL").doesNotContain("09123456789");
        given().contentType(ContentType.JSON).body(body).when().post("/api/households").then().statusCode(200)
                .body("members", hasSize(0));

        String read = given().when().get("/api/households/" + household).then().statusCode(200)
                .body("head.firstName", equalTo("مهدی")).body("members", hasSize(0))
                .extract().asString();
        assertThat(read).doesNotContain(spouse).doesNotContain("کوندج").doesNotContain("09123456789");
        Database db = arrange.database();
        assertThat(db.count("select count(*) from record_read where household_id = ?", household)).isZero();
        assertThat(db.count("select count(*) from household_member where household_id = ?", household))
                .as("the family's composition is unchanged by the stranger's version").isOne();
    }

    @Test
    @TestSecurity(user = "officer.partner", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = PARTNER))
    void aDataSharingPartnerReadsTheRegistrantsVersionAndEveryReadIsLoggedThroughAnyEndpoint() {
        String head = NationalCodes.random();
        UUID household = arrange.household(Arrange.org(RELIEF), head, NationalCodes.random());
        arrange.aid(Arrange.org(RELIEF), household, null, AidCategory.FOOD_BASKET, LocalDate.now());
        UUID headId = UUID.fromString(arrange.database().text("select head_person_id::text from household where id = ?", household));

        given().when().get("/api/households/" + household).then().statusCode(404);
        given().when().get("/api/persons/" + headId).then().statusCode(404);
        given().when().get("/api/households/" + household + "/aid").then().statusCode(404);
        Database db = arrange.database();
        assertThat(db.count("select count(*) from record_read where reader_organization_id = ?", Arrange.org(PARTNER))).isZero();

        UUID agreement = arrange.agreement(Arrange.org(RELIEF), Arrange.org(PARTNER), true, List.of());
        given().when().get("/api/households/" + household).then().statusCode(200)
                .body("registeredByOrganizationId", equalTo(RELIEF))
                .body("members", hasSize(1))
                .body("head.firstName", equalTo("علی"));
        given().when().get("/api/persons/" + headId).then().statusCode(200)
                .body("registeredByOrganizationId", equalTo(RELIEF))
                .body("identityUnderReview", nullValue());
        given().when().get("/api/households/" + household + "/aid").then().statusCode(200)
                .body("items", hasSize(1));
        assertThat(db.count("select count(*) from record_read where household_id = ? and person_id is not null "
                + "and reader_organization_id = ?", household, Arrange.org(PARTNER))).as("head and member").isEqualTo(2);
        assertThat(db.count("select count(*) from record_read where person_id = ? and household_id is null "
                + "and reader_organization_id = ?", headId, Arrange.org(PARTNER))).isOne();
        assertThat(db.count("select count(*) from record_read where household_id = ? and person_id is null "
                + "and reader_organization_id = ?", household, Arrange.org(PARTNER))).as("the aid list").isOne();

        terminate(agreement);
        given().when().get("/api/households/" + household).then().statusCode(404);
        given().when().get("/api/persons/" + headId).then().statusCode(404);
        given().when().get("/api/households/" + household + "/aid").then().statusCode(404);
        assertThat(db.count("select count(*) from record_read where reader_organization_id = ?", Arrange.org(PARTNER)))
                .as("no read after the termination").isEqualTo(4);
    }

    private static ValidatableResponse ownVersion(ValidatableResponse response) {
        return response.body("firstName", equalTo("مهدی")).body("disability", nullValue()).body("phone", nullValue())
                .body("registeredByOrganizationId", equalTo(STRANGER));
    }

    private static Map<String, Object> madeUp(String code) {
        Map<String, Object> body = new HashMap<>(Bodies.person(code));
        body.put("firstName", "مهدی");
        body.put("lastName", "رضایی");
        body.remove("fatherName");
        body.remove("disability");
        body.remove("phone");
        body.put("address", Map.of("provinceCode", "26", "county", "تاکستان", "rural", false));
        return body;
    }

    private void terminate(UUID agreement) {
        try (AgreementsTopic topic = new AgreementsTopic()) {
            arrange.database().awaitProcessed(topic.send(AgreementEvents.AGREEMENT_TERMINATED, agreement,
                    new AgreementTerminated(agreement, 1, LocalDate.now(), Instant.now())));
        }
    }
}
