package org.hamyar.beneficiaries.person;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.hamyar.api.security.Actor;
import org.hamyar.api.security.Roles;
import org.hamyar.beneficiaries.person.mapping.PersonMapper;
import org.hamyar.beneficiaries.person.rest.PersonRequest;
import org.hamyar.beneficiaries.person.service.PersonService;
import org.hamyar.beneficiaries.testing.Bodies;
import org.hamyar.beneficiaries.testing.Database;
import org.hamyar.beneficiaries.testing.NationalCodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * Registering persons and who may read them. The caller is {@code @TestSecurity} with an {@code org}
 * claim; what other organisations did first is arranged through the service.
 */
@QuarkusTest
class PersonResourceTest {

    static final String RELIEF = "7b000000-0000-4000-8000-000000000005";
    static final String WELFARE = "7b000000-0000-4000-8000-000000000009";
    static final Actor RELIEF_OFFICER = Actor.of(UUID.fromString(RELIEF), "officer.relief", Roles.OFFICER);

    @Inject
    PersonService persons;
    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void anInvalidNationalCodeIsRejectedNamingTheField() {
        given().contentType(ContentType.JSON).body(Bodies.person("0684159415"))
                .when().post("/api/persons")
                .then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem("nationalCode"));
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void aPersonIsRegisteredWithCodeAndDigitsNormalisedAndAJalaliBirthDate() {
        String code = NationalCodes.random();
        String id = given().contentType(ContentType.JSON).body(Bodies.person(NationalCodes.persian(code)))
                .when().post("/api/persons")
                .then().statusCode(201)
                .header("Location", containsString("/api/persons/"))
                .body("nationalCode", equalTo(code))
                .body("birthDate", equalTo("1981-08-03"))
                .body("birthDateJalali", equalTo("1360-05-12"))
                .body("phone", equalTo("09123456789"))
                .body("personHash", notNullValue())
                .body("disability.type", equalTo("VISUAL"))
                .extract().path("id");
        Database db = new Database(dataSource);
        assertThat(db.text("select last_name_normalized from person where id = ?", UUID.fromString(id)))
                .as("Arabic kaf and yeh folded for duplicate detection").isEqualTo("کریمی");
        assertThat(db.text("select last_name from person where id = ?", UUID.fromString(id)))
                .as("the name as written is kept").isEqualTo("كريمي");
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void anExistingNationalCodeLinksTheIdentityAndKeepsTheSecondOrganisationsOwnVersion() {
        String code = NationalCodes.random();
        UUID existing = persons.register(RELIEF_OFFICER, details(code)).person().id;

        Map<String, Object> sameCodeOtherSpelling = Bodies.person(NationalCodes.persian(code));
        sameCodeOtherSpelling.put("firstName", "علي");
        given().contentType(ContentType.JSON).body(sameCodeOtherSpelling)
                .when().post("/api/persons")
                .then().statusCode(201)
                .body("id", equalTo(existing.toString()))
                .body("firstName", equalTo("علي"))
                .body("registeredByOrganizationId", equalTo(WELFARE));

        Database db = new Database(dataSource);
        assertThat(db.count("select count(*) from person where national_code = ?", code)).isOne();
        assertThat(db.count("select count(*) from person_registration where person_id = ?", existing)).isEqualTo(2);
        // registering again is still one registration per organisation
        given().contentType(ContentType.JSON).body(Bodies.person(code)).when().post("/api/persons").then().statusCode(200)
                .body("firstName", equalTo("علي"));
        assertThat(db.count("select count(*) from person_registration where person_id = ?", existing)).isEqualTo(2);
        assertThat(db.text("select identity_disputed::text from person_registration where person_id = ? and organization_id = ?",
                existing, UUID.fromString(WELFARE))).as("the same name in another letter form is no disagreement").isEqualTo("false");
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void aPersonAnotherOrganisationServesWithoutSharingDoesNotExistForTheCaller() {
        UUID theirs = persons.register(RELIEF_OFFICER, details(NationalCodes.random())).person().id;
        given().when().get("/api/persons/" + theirs)
                .then().statusCode(404)
                .body("type", equalTo("urn:hamyar:problem:person-not-found"));
        assertThat(new Database(dataSource).count("select count(*) from record_read where person_id = ?", theirs)).isZero();
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = "7b000000-0000-4000-8000-000000000010"))
    void anAuditorReadsAnyPersonAndTheReadIsLogged() {
        UUID theirs = persons.register(RELIEF_OFFICER, details(NationalCodes.random())).person().id;
        given().when().get("/api/persons/" + theirs).then().statusCode(200).body("id", equalTo(theirs.toString()));
        assertThat(new Database(dataSource).count(
                "select count(*) from record_read where person_id = ? and reader_username = 'auditor'", theirs)).isOne();
    }

    @Test
    @TestSecurity(user = "officer.relief", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = RELIEF))
    void theRegisteringOrganisationReadsItsPersonWithoutALogEntry() {
        UUID ours = persons.register(RELIEF_OFFICER, details(NationalCodes.random())).person().id;
        given().when().get("/api/persons/" + ours).then().statusCode(200).body("firstName", equalTo("علی"));
        assertThat(new Database(dataSource).count("select count(*) from record_read where person_id = ?", ours)).isZero();
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void anAuditorWritesNothing() {
        given().contentType(ContentType.JSON).body(Bodies.person(NationalCodes.random()))
                .when().post("/api/persons")
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "donor.reza", roles = "donor")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void aDonorNeitherRegistersNorReadsPersons() {
        given().contentType(ContentType.JSON).body(Bodies.person(NationalCodes.random()))
                .when().post("/api/persons").then().statusCode(403);
        given().when().get("/api/persons/" + UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        given().when().get("/api/persons/" + UUID.randomUUID()).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void hostileInputIsAProblemNeverA500() {
        Map<String, Object> body = Bodies.person(NationalCodes.random());
        body.put("firstName", "علی\u202Eاکبر");
        body.put("phone", "not a phone");
        body.put("sex", "UNKNOWN");
        given().contentType(ContentType.JSON).body(body).when().post("/api/persons")
                .then().statusCode(400).contentType(containsString("application/problem+json"));
        body.put("sex", "MALE");
        given().contentType(ContentType.JSON).body(body).when().post("/api/persons")
                .then().statusCode(400)
                .body("errors.field", hasItem("firstName"))
                .body("errors.field", hasItem("phone"));
    }

    private PersonDetails details(String code) {
        return PersonMapper.details(json.convertValue(Bodies.person(code), PersonRequest.class));
    }
}
