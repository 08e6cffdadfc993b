package org.hamyar.beneficiaries.enrolment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hamyar.api.security.Actor;
import org.hamyar.api.security.Roles;
import org.hamyar.beneficiaries.access.Subject;
import org.hamyar.beneficiaries.enrolment.service.EnrolmentService;
import org.hamyar.beneficiaries.household.EnrolmentCategory;
import org.hamyar.beneficiaries.testing.AgreementsTopic;
import org.hamyar.beneficiaries.testing.Arrange;
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
 * Enrolments (docs/product.md §4) between two organisations: one that shares nothing with the
 * registrant, then the same with an ACTIVE data-sharing agreement, then after its termination.
 */
@QuarkusTest
class EnrolmentResourceTest {

    /** Registers the families. */
    static final String RELIEF = "7e700000-0000-4000-8000-000000000005";
    /** The caller: shares nothing with the relief committee until an agreement says so. */
    static final String WELFARE = "7e700000-0000-4000-8000-000000000006";

    @Inject
    Arrange arrange;

    @Inject
    EnrolmentService enrolments;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void anOrganisationEnrolsOnlyWhatItMaySeeAndEachEnrolmentOfAnotherOrganisationsFamilyReadIsLogged() {
        UUID household = arrange.household(Arrange.org(RELIEF), NationalCodes.random());
        Map<String, Object> body = Map.of("householdId", household.toString(), "category", "DISABILITY",
                "startDate", "1405-01-01");
        Database db = arrange.database();

        // sharing nothing: the household does not exist for the caller
        given().contentType(ContentType.JSON).body(body).when().post("/api/enrolments").then().statusCode(404)
                .body("type", equalTo("urn:hamyar:problem:household-not-found"));
        assertThat(db.count("select count(*) from enrolment where household_id = ? and organization_id = ?",
                household, Arrange.org(WELFARE))).isZero();

        // data sharing: it may enrol the family it sees
        UUID agreement = arrange.agreement(Arrange.org(RELIEF), Arrange.org(WELFARE), true, List.of());
        String id = given().contentType(ContentType.JSON).body(body).when().post("/api/enrolments").then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("householdId", equalTo(household.toString()))
                .body("personId", nullValue())
                .body("organizationId", equalTo(WELFARE))
                .body("category", equalTo("DISABILITY"))
                .body("startDate", equalTo("2026-03-21"))
                .body("startDateJalali", equalTo("1405-01-01"))
                .body("endDate", nullValue())
                .extract().path("id");
        // the same organisation, subject and category for a period that meets it: 409 naming the existing one
        given().contentType(ContentType.JSON)
                .body(Map.of("householdId", household.toString(), "category", "DISABILITY", "startDate", "2026-06-01",
                        "endDate", "2026-07-01"))
                .when().post("/api/enrolments").then().statusCode(409)
                .body("type", equalTo("urn:hamyar:problem:enrolment-overlaps"))
                .body("enrolmentId", equalTo(id));
        // another category is another enrolment
        given().contentType(ContentType.JSON)
                .body(Map.of("householdId", household.toString(), "category", "RURAL_POOR", "startDate", "2026-06-01"))
                .when().post("/api/enrolments").then().statusCode(201);

        long before = reads(db, household);
        given().when().get("/api/enrolments/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""));
        given().queryParam("householdId", household.toString()).when().get("/api/enrolments").then().statusCode(200)
                .body("total", equalTo(2)).body("items.category", containsInAnyOrder("DISABILITY", "RURAL_POOR"));
        assertThat(reads(db, household)).as("the read of the enrolment, then one for the household the list shows")
                .isEqualTo(before + 2);

        // its own list does not show the registrant's enrolment (made with the household's registration)
        given().queryParam("householdId", household.toString()).when().get("/api/enrolments").then()
                .body("items.organizationId", not(hasItem(RELIEF)));

        // terminated: no new enrolment of the family; its own enrolment stays its own, and reading it logs nothing
        terminate(agreement);
        given().contentType(ContentType.JSON)
                .body(Map.of("householdId", household.toString(), "category", "ORPHAN", "startDate", "2026-06-01"))
                .when().post("/api/enrolments").then().statusCode(404);
        long after = reads(db, household);
        given().when().get("/api/enrolments/" + id).then().statusCode(200);
        assertThat(reads(db, household)).isEqualTo(after);

        // ended with If-Match: none is 428, an old one 412, then 200 and a second end is 409
        given().contentType(ContentType.JSON).body(Map.of("endDate", "2026-12-31"))
                .when().post("/api/enrolments/" + id + "/end").then().statusCode(428);
        given().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(Map.of("endDate", "2026-12-31"))
                .when().post("/api/enrolments/" + id + "/end").then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("endDate", "2026-01-01"))
                .when().post("/api/enrolments/" + id + "/end").then().statusCode(400)
                .body("errors.field", hasItem("endDate"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("endDate", "1405-10-10"))
                .when().post("/api/enrolments/" + id + "/end").then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("endDate", equalTo("2026-12-31"))
                .body("endedAt", not(nullValue()));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("endDate", "2026-12-30"))
                .when().post("/api/enrolments/" + id + "/end").then().statusCode(409)
                .body("type", equalTo("urn:hamyar:problem:enrolment-already-ended"));
        given().queryParam("householdId", household.toString()).queryParam("activeOn", "2027-01-01")
                .when().get("/api/enrolments").then().statusCode(200)
                .body("items.category", equalTo(List.of("RURAL_POOR")));
        given().queryParam("householdId", household.toString()).queryParam("activeOn", "1405-05-01")
                .queryParam("category", "disability")
                .when().get("/api/enrolments").then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void anotherOrganisationsEnrolmentDoesNotExistForTheCallerWithOrWithoutAnAgreement() {
        UUID household = arrange.household(Arrange.org(RELIEF), NationalCodes.random());
        UUID theirs = UUID.fromString(arrange.database().text(
                "select id::text from enrolment where household_id = ? and organization_id = ?", household, Arrange.org(RELIEF)));
        given().when().get("/api/enrolments/" + theirs).then().statusCode(404)
                .body("type", equalTo("urn:hamyar:problem:enrolment-not-found"));
        UUID agreement = arrange.agreement(Arrange.org(RELIEF), Arrange.org(WELFARE), true, List.of());
        given().when().get("/api/enrolments/" + theirs).then().statusCode(404);
        given().contentType(ContentType.JSON).header("If-Match", "*").body(Map.of("endDate", "2030-01-01"))
                .when().post("/api/enrolments/" + theirs + "/end").then().statusCode(404);
        given().queryParam("householdId", household.toString()).when().get("/api/enrolments").then().statusCode(200)
                .body("total", equalTo(0));
        terminate(agreement);
        given().when().get("/api/enrolments/" + theirs).then().statusCode(404);
        assertThat(arrange.database().text("select end_date::text from enrolment where id = ?", theirs)).isNull();
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void aHouseholdRegistrationsCategoryIsAnEnrolmentAndPersonsAreEnrolledToo() {
        String code = NationalCodes.random();
        String household = given().contentType(ContentType.JSON)
                .body(org.hamyar.beneficiaries.testing.Bodies.household(code))
                .when().post("/api/households").then().statusCode(201).body("enrolmentCategory", equalTo("RURAL_POOR"))
                .extract().path("id");
        String head = given().when().get("/api/households/" + household).then().statusCode(200).extract().path("head.id");
        given().queryParam("householdId", household).when().get("/api/enrolments").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].category", equalTo("RURAL_POOR"))
                .body("items[0].organizationId", equalTo(WELFARE))
                .body("items[0].endDate", nullValue());

        given().contentType(ContentType.JSON)
                .body(Map.of("personId", head, "category", "CHRONIC_ILLNESS", "startDate", "2026-01-01", "endDate", "2026-12-31"))
                .when().post("/api/enrolments").then().statusCode(201).body("personId", equalTo(head))
                .body("endDateJalali", equalTo("1405-10-10"));
        given().queryParam("personId", head).when().get("/api/enrolments").then().statusCode(200).body("total", equalTo(1));
        assertThat(arrange.database().count("select count(*) from record_read where person_id = ?", UUID.fromString(head)))
                .as("its own registrations are not logged").isZero();
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void badRequestsNameEveryField() {
        given().contentType(ContentType.JSON)
                .body(Map.of("personId", UUID.randomUUID().toString(), "householdId", UUID.randomUUID().toString(),
                        "startDate", "2026-05-01", "endDate", "2026-04-01"))
                .when().post("/api/enrolments").then().statusCode(400)
                .body("type", equalTo("urn:hamyar:problem:validation-failed"))
                .body("errors.field", containsInAnyOrder("personId", "householdId", "category", "endDate"));
        given().contentType(ContentType.JSON).body(Map.of("householdId", UUID.randomUUID().toString(), "category", "POOR",
                        "startDate", "2026-05-01"))
                .when().post("/api/enrolments").then().statusCode(400);
        given().queryParam("page", "99999999999").queryParam("activeOn", "1405-13-40")
                .when().get("/api/enrolments").then().statusCode(400)
                .body("type", equalTo("urn:hamyar:problem:invalid-parameter"))
                .body("errors.field", containsInAnyOrder("page", "activeOn"));
        given().queryParam("page", Integer.MAX_VALUE).when().get("/api/enrolments").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void anAuditorReadsEveryEnrolmentWritesNoneAndEachReadIsLogged() {
        UUID household = arrange.household(Arrange.org(RELIEF), NationalCodes.random());
        var enrolment = enrolments.enrol(Actor.of(Arrange.org(RELIEF), "officer", Roles.OFFICER),
                new EnrolmentOrder(Subject.household(household), EnrolmentCategory.ELDERLY, LocalDate.of(2026, 2, 1), null));
        given().when().get("/api/enrolments/" + enrolment.id).then().statusCode(200).body("category", equalTo("ELDERLY"));
        given().queryParam("householdId", household.toString()).when().get("/api/enrolments").then().statusCode(200)
                .body("total", equalTo(2));
        assertThat(arrange.database().count("select count(*) from record_read where household_id = ? and person_id is null"
                + " and reader_username = 'auditor'", household)).isEqualTo(2);
        given().contentType(ContentType.JSON)
                .body(Map.of("householdId", household.toString(), "category", "ORPHAN", "startDate", "2026-06-01"))
                .when().post("/api/enrolments").then().statusCode(403);
    }

    private static long reads(Database db, UUID household) {
        return db.count("select count(*) from record_read where household_id = ? and person_id is null and reader_organization_id = ?",
                household, Arrange.org(WELFARE));
    }

    private void terminate(UUID agreement) {
        try (AgreementsTopic topic = new AgreementsTopic()) {
            arrange.database().awaitProcessed(topic.send(AgreementEvents.AGREEMENT_TERMINATED, agreement,
                    new AgreementTerminated(agreement, 1, LocalDate.now(), Instant.now())));
        }
    }
}
