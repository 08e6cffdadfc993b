package org.hamyar.agreements.agreement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamyar.agreements.testing.Fixtures.activeAgreement;
import static org.hamyar.agreements.testing.Fixtures.draft;
import static org.hamyar.agreements.testing.Fixtures.qazvin;
import static org.hamyar.agreements.testing.Fixtures.terms;
import static org.hamyar.agreements.testing.Fixtures.today;
import static org.hamyar.agreements.testing.Users.ADMIN;
import static org.hamyar.agreements.testing.Users.AUDITOR;
import static org.hamyar.agreements.testing.Users.as;
import static org.hamyar.agreements.testing.Users.coordinatorOf;

import io.quarkus.test.common.RestAssuredURLManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.Map;
import java.util.UUID;

import org.hamyar.agreements.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shared rules of who acts (api-conventions' Actor): staff act for the organisation their token
 * names, and a token that names none is refused with 403 {@code no-organization} wherever the request
 * acts for one; reading needs no organisation. Auditors and admins read every agreement, drafts of
 * others included, and write none.
 */
@QuarkusTest
class CallersAndRolesTest {

    private static final String NO_ORGANIZATION = "urn:hamyar:problem:no-organization";

    static Fixtures.Signed active;
    static UUID draftOfOthers;
    static String commitmentOfActive;
    static UUID ngo;

    /**
     * Arranged once with real tokens, before any test method: a {@code @TestSecurity} method's identity
     * replaces every caller's, tokens or not. RestAssured points at the application only around test
     * methods, so it is pointed here by hand.
     */
    @BeforeAll
    static void arrange() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        RestAssuredURLManager.setURL(false);
        try {
            active = activeAgreement();
            draftOfOthers = draft(active.first(), terms(active.first(), active.second(), today(), null));
            commitmentOfActive = as(coordinatorOf(active.first())).get("/api/agreements/" + active.id())
                    .then().statusCode(200).extract().path("commitments[0].id");
            ngo = qazvin("NGO");
        } finally {
            RestAssuredURLManager.clearURL();
        }
    }

    /** A request as the {@code @TestSecurity} identity of the test, whose token names no organisation. */
    private static RequestSpecification withoutOrganization() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    @Test
    @TestSecurity(user = "coordinator.nowhere", roles = "coordinator")
    void aCoordinatorWhoseTokenNamesNoOrganisationActsForNone() {
        withoutOrganization().body(terms(active.first(), active.second(), today(), null)).post("/api/agreements")
                .then().statusCode(403).body("type", equalTo(NO_ORGANIZATION));
        withoutOrganization().body(Map.of("signatoryName", "بی‌سازمان", "signatoryTitle", "مدیر"))
                .post("/api/agreements/" + draftOfOthers + "/signatures")
                .then().statusCode(403).body("type", equalTo(NO_ORGANIZATION));
        withoutOrganization().body(Map.of("reason", "پایان"))
                .post("/api/agreements/" + active.id() + "/termination")
                .then().statusCode(403).body("type", equalTo(NO_ORGANIZATION));
        withoutOrganization().body(Map.of("personName", "نماینده"))
                .post("/api/agreements/" + active.id() + "/committee/members")
                .then().statusCode(403).body("type", equalTo(NO_ORGANIZATION));
        withoutOrganization().body(Map.of("note", "گزارش", "reportedOn", today().toString()))
                .post("/api/agreements/" + active.id() + "/commitments/" + commitmentOfActive + "/progress")
                .then().statusCode(403).body("type", equalTo(NO_ORGANIZATION));
        withoutOrganization().body(Map.of("grade", "B", "assessedOn", today().toString()))
                .post("/api/organizations/" + ngo + "/assessments")
                .then().statusCode(403).body("type", equalTo(NO_ORGANIZATION));
    }

    @Test
    @TestSecurity(user = "officer.nowhere", roles = "officer")
    void readingNeedsNoOrganisationButADraftStaysItsPartiesOwn() {
        withoutOrganization().get("/api/agreements/" + active.id()).then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        withoutOrganization().get("/api/agreements/" + active.id() + "/report").then().statusCode(200);
        withoutOrganization().get("/api/agreements/" + draftOfOthers).then().statusCode(404);
        withoutOrganization().queryParam("party", active.first().toString()).get("/api/agreements")
                .then().statusCode(200)
                .body("items.id", hasItem(active.id().toString()))
                .body("items.id", not(hasItem(draftOfOthers.toString())));
    }

    @Test
    void auditorsAndAdminsReadEveryAgreementAndDraftNone() {
        UUID stranger = qazvin("WELFARE");
        as(coordinatorOf(stranger)).get("/api/agreements/" + draftOfOthers).then().statusCode(404);
        for (String reader : new String[] {AUDITOR, ADMIN}) {
            as(reader).get("/api/agreements/" + draftOfOthers).then().statusCode(200).body("status", equalTo("DRAFT"));
            as(reader).get("/api/agreements/" + draftOfOthers + "/versions").then().statusCode(200);
            as(reader).queryParam("party", active.first().toString()).get("/api/agreements")
                    .then().statusCode(200).body("items.id", hasItem(draftOfOthers.toString()));
            as(reader).body(terms(active.first(), active.second(), today(), null)).post("/api/agreements")
                    .then().statusCode(403);
        }
        as(AUDITOR).body(Map.of("signatoryName", "حسابرس", "signatoryTitle", "حسابرس"))
                .post("/api/agreements/" + draftOfOthers + "/signatures").then().statusCode(403);
    }
}
