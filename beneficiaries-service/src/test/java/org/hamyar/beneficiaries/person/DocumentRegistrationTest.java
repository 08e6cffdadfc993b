package org.hamyar.beneficiaries.person;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hamyar.beneficiaries.testing.Arrange;
import org.hamyar.beneficiaries.testing.BeneficiaryEventsReader;
import org.hamyar.beneficiaries.testing.Bodies;
import org.hamyar.beneficiaries.testing.Database;
import org.hamyar.beneficiaries.testing.NationalCodes;
import org.hamyar.beneficiaries.testing.Names;
import org.hamyar.beneficiaries.testing.Registrations;
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
 * docs/product.md §4 "Persons": a person without a national code (an Afghan refugee with an Amayesh
 * card, a child with only a birth certificate) is registered by a document, which links as a
 * national code does, under the same privacy rules; events carry the keyed hash, never the number.
 */
@QuarkusTest
class DocumentRegistrationTest {

    /** The caller: a refugee-support NGO. */
    static final String NGO = "7d000000-0000-4000-8000-0000000000d1";
    /** Registered the refugee first; shares nothing with the NGO. */
    static final String RELIEF = "7d000000-0000-4000-8000-0000000000d2";

    @Inject
    Arrange arrange;

    @Inject
    Registrations registrations;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static Map<String, Object> refugee(String type, String number) {
        Map<String, Object> body = new HashMap<>(Bodies.person(null));
        body.remove("nationalCode");
        body.put("firstName", Names.random());
        body.put("lastName", Names.random());
        body.put("identityDocument", Map.of("type", type, "number", number));
        return body;
    }

    @Test
    @TestSecurity(user = "officer.ngo", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = NGO))
    void anAmayeshCardRegistersAndLinksLikeANationalCode() {
        String number = Names.digits(10);
        Map<String, Object> body = refugee("AMAYESH", NationalCodes.persian(number).substring(0, 5) + " " + number.substring(5));
        String id = given().contentType(ContentType.JSON).body(body).when().post("/api/persons")
                .then().statusCode(201)
                .body("nationalCode", nullValue())
                .body("identityDocument.type", equalTo("AMAYESH"))
                .body("identityDocument.number", equalTo(number))
                .body("personHash", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"))
                .extract().path("id");
        // the same card again, in ASCII digits: the same person, the organisation's own version (200)
        given().contentType(ContentType.JSON).body(refugee("AMAYESH", number)).when().post("/api/persons")
                .then().statusCode(200).body("id", equalTo(id)).body("firstName", equalTo(body.get("firstName")));
        // the same number on another kind of document is another document
        given().contentType(ContentType.JSON).body(refugee("BIRTH_CERTIFICATE", number)).when().post("/api/persons")
                .then().statusCode(201).body("id", org.hamcrest.Matchers.not(equalTo(id)));

        Database db = arrange.database();
        assertThat(db.count("select count(*) from person where document_type = 'AMAYESH' and document_number = ?", number)).isOne();
        ConsumerRecord<String, String> event = BeneficiaryEventsReader.first(
                BeneficiaryEventsReader.ofType(BeneficiaryEvents.PERSON_REGISTERED.type(), UUID.fromString(id)),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no PersonRegistered for " + id));
        assertThat(event.value()).as("the keyed hash, never the number").doesNotContain(number)
                .contains(db.text("select person_hash from person where id = ?", UUID.fromString(id)));
    }

    @Test
    @TestSecurity(user = "officer.ngo", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = NGO))
    void aDocumentAnotherAgencyRegisteredAnswersOnlyTheCallersVersionAsIfNew() {
        String fida = Names.digits(12);
        Map<String, Object> theirs = refugee("FOREIGN_NATIONAL_ID", fida);
        theirs.put("phone", "09121112233");
        registrations.person(Arrange.org(RELIEF), theirs);

        Map<String, Object> mine = refugee("FOREIGN_NATIONAL_ID", fida);
        mine.remove("phone");
        String answer = given().contentType(ContentType.JSON).body(mine).when().post("/api/persons")
                .then().statusCode(201)
                .body("registeredByOrganizationId", equalTo(NGO))
                .body("firstName", equalTo(mine.get("firstName")))
                .body("phone", nullValue())
                .body("identityUnderReview", nullValue())
                .extract().asString();
        assertThat(answer).doesNotContain((String) theirs.get("firstName")).doesNotContain("09121112233")
                .doesNotContain(RELIEF);
        Database db = arrange.database();
        assertThat(db.count("select count(*) from person where document_type = 'FOREIGN_NATIONAL_ID' and document_number = ?", fida))
                .as("one identity across agencies").isOne();
        // a number nobody registered answers the same way
        given().contentType(ContentType.JSON).body(refugee("FOREIGN_NATIONAL_ID", Names.digits(12))).when().post("/api/persons")
                .then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "officer.ngo", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = NGO))
    void aBirthCertificateLinksOnlyWithTheSameBirthDate() {
        String number = Names.digits(6);
        Map<String, Object> child = refugee("BIRTH_CERTIFICATE", number);
        child.put("birthDate", "2021-04-02");
        String id = given().contentType(ContentType.JSON).body(child).when().post("/api/persons")
                .then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(child).when().post("/api/persons")
                .then().statusCode(200).body("id", equalTo(id));
        Map<String, Object> other = refugee("BIRTH_CERTIFICATE", number);
        other.put("birthDate", "1978-11-20");
        given().contentType(ContentType.JSON).body(other).when().post("/api/persons")
                .then().statusCode(201).body("id", org.hamcrest.Matchers.not(equalTo(id)));
    }

    @Test
    @TestSecurity(user = "officer.ngo", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = NGO))
    void exactlyOneIdentifierOfTheRightShape() {
        Map<String, Object> none = refugee("AMAYESH", "123456789");
        none.remove("identityDocument");
        given().contentType(ContentType.JSON).body(none).when().post("/api/persons")
                .then().statusCode(400).body("type", org.hamcrest.Matchers.endsWith("validation-failed"))
                .body("errors.field", equalTo(List.of("nationalCode")));
        Map<String, Object> both = refugee("AMAYESH", "123456789");
        both.put("nationalCode", NationalCodes.random());
        given().contentType(ContentType.JSON).body(both).when().post("/api/persons")
                .then().statusCode(400).body("errors.field", equalTo(List.of("identityDocument")));
        given().contentType(ContentType.JSON).body(refugee("FOREIGN_NATIONAL_ID", "12345")).when().post("/api/persons")
                .then().statusCode(400).body("errors.field", equalTo(List.of("identityDocument.number")));
        given().contentType(ContentType.JSON).body(refugee("VISA", "12345678")).when().post("/api/persons")
                .then().statusCode(400).body("errors.field", hasItem(org.hamcrest.Matchers.startsWith("identityDocument")));
        assertThat(arrange.database().count("select count(*) from person where document_number = '123456789' and first_name = ?",
                none.get("firstName"))).as("nothing half-written").isZero();
    }

    @Test
    @TestSecurity(user = "officer.ngo", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = NGO))
    void aHouseholdMemberWithoutANationalCode() {
        Map<String, Object> household = new HashMap<>(Bodies.household(NationalCodes.random()));
        Map<String, Object> member = new HashMap<>(Bodies.member(null, "CHILD"));
        member.remove("nationalCode");
        member.put("firstName", Names.random());
        member.put("birthDate", "2023-01-05");
        String number = Names.digits(7);
        member.put("identityDocument", Map.of("type", "BIRTH_CERTIFICATE", "number", number));
        household.put("members", List.of(member));
        given().contentType(ContentType.JSON).body(household).when().post("/api/households")
                .then().statusCode(201)
                .body("members[0].person.identityDocument.number", equalTo(number))
                .body("members[0].person.nationalCode", nullValue());
        Map<String, Object> orphan = new HashMap<>(member);
        orphan.remove("identityDocument");
        household.put("members", List.of(orphan));
        given().contentType(ContentType.JSON).body(household).when().post("/api/households")
                .then().statusCode(400).body("errors.field", equalTo(List.of("members[0].nationalCode")));
        LocalDate.now();
    }
}
