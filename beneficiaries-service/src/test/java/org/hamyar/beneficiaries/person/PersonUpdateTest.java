package org.hamyar.beneficiaries.person;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

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

/**
 * PUT /api/persons/{id} (docs/product.md §4, §7): an organisation replaces its own version of a
 * person with If-Match; other versions are untouched; an identity that then disagrees is flagged as
 * at registration, and the first registrant's correction is the identity's.
 */
@QuarkusTest
class PersonUpdateTest {

    /** Registered the person first. */
    static final String FIRST = "7e000000-0000-4000-8000-000000000035";
    /** Registered the person second; shares nothing with the first. */
    static final String SECOND = "7e000000-0000-4000-8000-000000000039";

    @Inject
    Arrange arrange;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    @TestSecurity(user = "officer.first", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = FIRST))
    void theFirstRegistrantCorrectsItsVersionWithIfMatchAndTheIdentityFollows() {
        String code = NationalCodes.random();
        String id = given().contentType(ContentType.JSON).body(Bodies.person(code)).when().post("/api/persons")
                .then().statusCode(201).extract().path("id");
        // the second organisation wrote another first name (a member's, in Bodies): flagged
        arrange.household(Arrange.org(SECOND), NationalCodes.random(), code);
        Database db = arrange.database();
        assertThat(disputed(db, id, SECOND)).isEqualTo("t");

        String path = "/api/persons/" + id;
        String etag = given().when().get(path).then().statusCode(200).header("ETag", notNullValue()).extract().header("ETag");
        Map<String, Object> corrected = update("علی");
        corrected.put("firstName", "زهرا"); // what the second organisation wrote (Bodies.member's name)
        given().contentType(ContentType.JSON).body(corrected).when().put(path).then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"41\"").body(corrected).when().put(path)
                .then().statusCode(412).body("type", equalTo("urn:hamyar:problem:stale-version"));
        Map<String, Object> bad = update("");
        bad.put("birthDate", "1500-13-40");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(bad).when().put(path).then().statusCode(400);
        Map<String, Object> blank = update(" ");
        blank.remove("sex");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(blank).when().put(path).then().statusCode(400)
                .body("errors.field", hasItems("firstName", "sex"));
        String next = given().contentType(ContentType.JSON).header("If-Match", etag).body(corrected).when().put(path)
                .then().statusCode(200)
                .body("firstName", equalTo("زهرا"))
                .body("nationalCode", equalTo(code))
                .body("phone", nullValue())
                .extract().header("ETag");
        assertThat(next).isNotEqualTo(etag);
        assertThat(db.text("select first_name from person where id = ?::uuid", id)).as("the identity follows").isEqualTo("زهرا");
        assertThat(disputed(db, id, SECOND)).as("the second version agrees now").isEqualTo("f");
        assertThat(db.text("select first_name from person_registration where person_id = ?::uuid and organization_id = ?::uuid",
                id, SECOND)).as("the other version is untouched").isEqualTo("زهرا");
    }

    @Test
    @TestSecurity(user = "officer.second", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = SECOND))
    void aLaterRegistrantsCorrectionThatDisagreesIsFlaggedAndTheIdentityStays() {
        String code = NationalCodes.random();
        String id = arrangePerson(FIRST, code);
        given().contentType(ContentType.JSON).body(Bodies.person(code)).when().post("/api/persons").then().statusCode(201);
        Database db = arrange.database();
        assertThat(disputed(db, id, SECOND)).isEqualTo("f");
        String etag = given().when().get("/api/persons/" + id).then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body(update("محمد")).when().put("/api/persons/" + id)
                .then().statusCode(200).body("firstName", equalTo("محمد"))
                .body("registeredByOrganizationId", equalTo(SECOND));
        assertThat(disputed(db, id, SECOND)).isEqualTo("t");
        assertThat(db.text("select first_name from person where id = ?::uuid", id)).isEqualTo("علی");
        assertThat(db.text("select first_name from person_registration where person_id = ?::uuid and organization_id = ?::uuid",
                id, FIRST)).isEqualTo("علی");
    }

    private String arrangePerson(String organization, String code) {
        arrange.household(Arrange.org(organization), code);
        return arrange.database().text("select id::text from person where national_code = ?", code);
    }

    private static String disputed(Database db, String person, String organization) {
        return db.text("select identity_disputed::text from person_registration where person_id = ?::uuid "
                + "and organization_id = ?::uuid", person, organization).substring(0, 1);
    }

    private static Map<String, Object> update(String firstName) {
        Map<String, Object> body = new HashMap<>(Bodies.person(UUID.randomUUID().toString()));
        body.remove("nationalCode");
        body.remove("phone");
        body.put("firstName", firstName);
        return body;
    }
}
