package org.hamyar.agreements.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamyar.agreements.testing.Users.as;
import static org.hamyar.agreements.testing.Users.token;
import static org.hamyar.infrastructure.testing.DemoUsers.AUDITOR;
import static org.hamyar.infrastructure.testing.DemoUsers.COORDINATOR_DONORS_ASSEMBLY;
import static org.hamyar.infrastructure.testing.DemoUsers.COORDINATOR_MINISTRY;
import static org.hamyar.infrastructure.testing.DemoUsers.COORDINATOR_QAZVIN_RELIEF;
import static org.hamyar.infrastructure.testing.DemoUsers.COORDINATOR_QAZVIN_RURAL;
import static org.hamyar.infrastructure.testing.DemoUsers.COORDINATOR_QAZVIN_WELFARE;
import static org.hamyar.infrastructure.testing.DemoUsers.DONOR_REZA;
import static org.hamyar.infrastructure.testing.DemoUsers.OFFICER_QAZVIN_RELIEF;
import static org.hamyar.infrastructure.testing.DemoUsers.OFFICER_QAZVIN_WELFARE;
import static org.hamyar.infrastructure.testing.DemoUsers.ORG_RELIEF_COMMITTEE_QAZVIN;
import static org.hamyar.infrastructure.testing.DemoUsers.ORG_RURAL_AFFAIRS_QAZVIN;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.hamyar.agreements.testing.Fixtures;
import org.hamyar.infrastructure.KeycloakServer;
import org.hamyar.infrastructure.testing.DemoUsers;
import org.hamyar.infrastructure.testing.KeycloakTestResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The seed reports' demo data, loaded through the services, then used by the realm's demo users
 * with real Keycloak tokens — the way issue 3 will be tried: build the Qazvin agreement from
 * scratch, sign it from both sides, report progress, read the report and the calendar, and see what
 * the wrong organisation and the wrong role may not do.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoUsersEndToEndTest {

    static final String SEED_000 = "0a000000-0000-4000-8000-000000001000";
    static final String SEED_001 = "0a000000-0000-4000-8000-000000001001";
    static final String SEED_002 = "0a000000-0000-4000-8000-000000001002";
    static final String SEED_003 = "0a000000-0000-4000-8000-000000001003";

    @Inject
    DemoData demoData;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    @Order(1)
    void theDemoDataLoadsOnceAndAgainChangesNothing() {
        var first = demoData.load();
        assertThat(first.agreements()).isEqualTo(4);
        assertThat(first.organizations()).isEqualTo(13);
        assertThat(first.assessments()).isEqualTo(4);
        assertThat(demoData.load()).isEqualTo(new DemoData.Loaded(0, 0, 0));
    }

    @Test
    @Order(2)
    void seed002IsActiveWithItsSignatoriesCommitmentsAndMeasuredProgress() {
        as(COORDINATOR_QAZVIN_RURAL).get("/api/agreements/" + SEED_002)
                .then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("signedOnJalali", equalTo("1397-09-26"))
                .body("effectiveFrom", equalTo("2018-12-17"))
                .body("parties.signatoryName", org.hamcrest.Matchers.contains("مجید مؤمنی", "اکرم نجفی"))
                .body("monitoringOrganizationId", equalTo(ORG_RELIEF_COMMITTEE_QAZVIN.toString()))
                .body("commitments", hasSize(19))
                .body("coordination.dataSharing", equalTo(true))
                .body("coordination.rules", hasItem(Map.of("aidCategory", "HOUSING", "mode", "BLOCK")));
        as(AUDITOR).get("/api/agreements/" + SEED_002 + "/report")
                .then().statusCode(200)
                .body("commitments.find { it.target?.value == 900 }.progressTotal", equalTo(900))
                .body("commitments.find { it.target?.value == 900 }.percent", equalTo("100.00"))
                .body("commitments.find { it.target?.value == 41 }.progressTotal", equalTo(41))
                .body("summary.overdue", equalTo(0));
        given().auth().oauth2(token(OFFICER_QAZVIN_RELIEF)).accept("text/calendar")
                .get("/api/agreements/" + SEED_002 + "/calendar")
                .then().statusCode(200)
                .body(containsString("SUMMARY:جشن نیکوکاری"))
                .body(containsString("SUMMARY:جشن عاطفه‌ها"));
    }

    @Test
    @Order(3)
    void theOtherSeedsAreThereAsTheReportsTellThem() {
        as(AUDITOR).get("/api/agreements/" + SEED_000).then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("parties.signatoryName", org.hamcrest.Matchers.contains("سامیه جهانشاهی", "حجت‌الاسلام حسین مهدیان"))
                .body("commitments.text", hasItem(containsString("شمیم خدمت")));
        as(AUDITOR).get("/api/agreements/" + SEED_003 + "/committee").then().statusCode(200)
                .body("totalSeats", equalTo(5))
                .body("nominations[0].nomineeOrganizationIds", hasSize(3))
                .body("nominations[0].status", equalTo("SELECTED"));
        as(AUDITOR).get("/api/agreements/" + SEED_003 + "/committee/decisions").then()
                .body("kind", org.hamcrest.Matchers.contains("GUIDELINE"));
        as(AUDITOR).get("/api/organizations/0a000000-0000-4000-8000-000000000101").then()
                .body("grade.grade", equalTo("B"));
        // seed 001 records a meeting, not a signature: a draft only its parties see
        as(COORDINATOR_QAZVIN_RELIEF).get("/api/agreements/" + SEED_001).then().statusCode(404);
        as(COORDINATOR_DONORS_ASSEMBLY).get("/api/agreements/" + SEED_001).then().statusCode(200)
                .body("status", equalTo("DRAFT"));
    }

    @Test
    @Order(4)
    void aCoordinatorBuildsTheQazvinAgreementFromScratchBothSidesSignAndProgressIsReported() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tehran"));
        var text = Fixtures.terms(ORG_RELIEF_COMMITTEE_QAZVIN, ORG_RURAL_AFFAIRS_QAZVIN, today, today.plusYears(1));
        String id = as(COORDINATOR_QAZVIN_RELIEF).body(text).post("/api/agreements")
                .then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
        as(COORDINATOR_QAZVIN_WELFARE).get("/api/agreements/" + id).then().statusCode(404);

        as(COORDINATOR_QAZVIN_RELIEF).body(Map.of("signatoryName", "مجید مؤمنی", "signatoryTitle", "مدیرکل کمیته امداد استان قزوین"))
                .post("/api/agreements/" + id + "/signatures").then().statusCode(201).body("status", equalTo("DRAFT"));
        as(COORDINATOR_QAZVIN_RURAL).body(Map.of("signatoryName", "اکرم نجفی", "signatoryTitle", "مدیرکل دفتر امور روستایی"))
                .post("/api/agreements/" + id + "/signatures").then().statusCode(201).body("status", equalTo("ACTIVE"));

        String commitment = as(OFFICER_QAZVIN_RELIEF).get("/api/agreements/" + id).then().extract().path("commitments[0].id");
        as(OFFICER_QAZVIN_RELIEF).body(Map.of("value", "۹۰۰", "note", "۹۰۰ خانوار روستایی بیمه شدند", "reportedOn", today.toString()))
                .post("/api/agreements/" + id + "/commitments/" + commitment + "/progress")
                .then().statusCode(201).body("achieved", equalTo(true));
        as(COORDINATOR_QAZVIN_RURAL).get("/api/agreements/" + id + "/report").then()
                .body("commitments[0].percent", equalTo("100.00"));
        as(COORDINATOR_QAZVIN_RURAL).get("/api/agreements/" + id + "/calendar").then()
                .body("[0].startDateJalali", equalTo("1405-12-10"));

        // the wrong organisation and the wrong role
        as(OFFICER_QAZVIN_WELFARE).body(Map.of("value", 1, "note", "x", "reportedOn", today.toString()))
                .post("/api/agreements/" + id + "/commitments/" + commitment + "/progress").then().statusCode(403);
        as(COORDINATOR_QAZVIN_WELFARE).body(Map.of("signatoryName", "x", "signatoryTitle", "y"))
                .post("/api/agreements/" + id + "/signatures").then().statusCode(403);
        as(COORDINATOR_QAZVIN_WELFARE).body(Map.of("reason", "x"))
                .post("/api/agreements/" + id + "/termination").then().statusCode(403);
        as(DONOR_REZA).body(text).post("/api/agreements").then().statusCode(403);
        as(AUDITOR).body(Map.of("value", 1, "note", "x", "reportedOn", today.toString()))
                .post("/api/agreements/" + id + "/commitments/" + commitment + "/progress").then().statusCode(403);
        as(OFFICER_QAZVIN_RELIEF).body(Map.of("signatoryName", "x", "signatoryTitle", "y"))
                .post("/api/agreements/" + id + "/signatures").then().statusCode(403);
    }

    @Test
    @Order(5)
    void theDonorsAssemblyDraftBecomesActiveWhenBothSidesSign() {
        as(COORDINATOR_MINISTRY).body(Map.of("signatoryName", "قائم مقام وزیر کشور در امور اجتماعی و فرهنگی", "signatoryTitle", "معاون"))
                .post("/api/agreements/" + SEED_001 + "/signatures").then().statusCode(201);
        as(COORDINATOR_DONORS_ASSEMBLY).body(Map.of("signatoryName", "رئیس مجمع خیرین کشور", "signatoryTitle", "رئیس"))
                .post("/api/agreements/" + SEED_001 + "/signatures").then().statusCode(201)
                .body("status", org.hamcrest.Matchers.oneOf("SIGNED", "ACTIVE"));
        as(COORDINATOR_QAZVIN_RELIEF).get("/api/agreements/" + SEED_001).then().statusCode(200);
        as(AUDITOR).queryParam("party", ORG_RELIEF_COMMITTEE_QAZVIN.toString()).get("/api/agreements")
                .then().body("items.id", hasItem(SEED_002));
        assertThat(List.of(SEED_000, SEED_001, SEED_002, SEED_003)).doesNotHaveDuplicates();
    }

    @Test
    @Order(6)
    void aTokenThatAnotherClientOfTheRealmObtainedIsRefused() {
        String portal = KeycloakTestResource.keycloak().token(KeycloakServer.PORTAL_CLIENT, COORDINATOR_QAZVIN_RURAL,
                DemoUsers.PASSWORD);
        RestAssured.given().auth().oauth2(portal).accept("application/json")
                .get("/api/organizations").then().statusCode(401);
        as(COORDINATOR_QAZVIN_RURAL).get("/api/organizations").then().statusCode(200);
    }
}
