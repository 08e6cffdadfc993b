package org.hamyar.agreements.agreement;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamyar.agreements.testing.Fixtures.activeAgreement;
import static org.hamyar.agreements.testing.Fixtures.draft;
import static org.hamyar.agreements.testing.Fixtures.qazvin;
import static org.hamyar.agreements.testing.Fixtures.sign;
import static org.hamyar.agreements.testing.Fixtures.terms;
import static org.hamyar.agreements.testing.Fixtures.today;
import static org.hamyar.agreements.testing.Users.AUDITOR;
import static org.hamyar.agreements.testing.Users.as;
import static org.hamyar.agreements.testing.Users.coordinatorOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.hamyar.agreements.lifecycle.AgreementLifecycleJob;
import org.hamyar.agreements.testing.MovableClock;
import org.hamyar.standards.Dates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DRAFT → SIGNED → ACTIVE → EXPIRED | TERMINATED through the API, with the clock moved where dates matter. */
@QuarkusTest
class AgreementLifecycleResourceTest {

    @Inject
    MovableClock clock;
    @Inject
    AgreementLifecycleJob job;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void aDraftSignedByEveryPartyFromItsEffectiveDateIsActiveAtOnce() {
        UUID relief = qazvin("RELIEF_COMMITTEE");
        UUID rural = qazvin("RURAL_AFFAIRS");
        UUID id = draft(relief, terms(relief, rural, today(), today().plusYears(1)));

        as(coordinatorOf(relief)).body(Map.of("signatoryName", "مجید مؤمنی", "signatoryTitle", "مدیرکل"))
                .post("/api/agreements/" + id + "/signatures")
                .then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("parties.find { it.organizationId == '" + relief + "' }.signed", equalTo(true))
                .body("parties.find { it.organizationId == '" + rural + "' }.signed", equalTo(false));
        as(coordinatorOf(rural)).body(Map.of("signatoryName", "اکرم نجفی", "signatoryTitle", "مدیرکل"))
                .post("/api/agreements/" + id + "/signatures")
                .then().statusCode(201)
                .body("status", equalTo("ACTIVE"))
                .body("signedOn", equalTo(today().toString()))
                .body("signedOnJalali", equalTo(Dates.jalali(today())))
                .body("activatedAt", notNullValue());
    }

    @Test
    void aFutureAgreementWaitsSignedUntilItsDayThenTheJobActivatesAndLaterExpiresIt() {
        UUID relief = qazvin("RELIEF_COMMITTEE");
        UUID rural = qazvin("RURAL_AFFAIRS");
        LocalDate from = today().plusDays(10);
        LocalDate to = from.plusDays(30);
        UUID id = draft(relief, terms(relief, rural, from, to));
        sign(id, relief);
        sign(id, rural);
        as(coordinatorOf(rural)).get("/api/agreements/" + id).then().statusCode(200).body("status", equalTo("SIGNED"));

        clock.today(from.minusDays(1));
        job.runOnce();
        as(coordinatorOf(rural)).get("/api/agreements/" + id).then().body("status", equalTo("SIGNED"));

        clock.today(from);
        job.runOnce();
        as(coordinatorOf(rural)).get("/api/agreements/" + id).then().body("status", equalTo("ACTIVE"));

        clock.today(to);
        job.runOnce();
        as(coordinatorOf(rural)).get("/api/agreements/" + id).then().body("status", equalTo("ACTIVE"));

        clock.today(to.plusDays(1));
        job.runOnce();
        as(coordinatorOf(rural)).get("/api/agreements/" + id).then()
                .body("status", equalTo("EXPIRED"))
                .body("expiredOn", equalTo(to.plusDays(1).toString()));
    }

    @Test
    void anOldPaperAgreementEnteredAfterItsPeriodIsSignedForTheRecordAndExpiresAtOnce() throws Exception {
        UUID relief = qazvin("RELIEF_COMMITTEE");
        UUID rural = qazvin("RURAL_AFFAIRS");
        UUID id = draft(relief, terms(relief, rural, LocalDate.of(2018, 12, 17), LocalDate.of(2019, 12, 16)));
        try (var topic = org.hamyar.agreements.testing.AgreementsTopic.fromBeginning()) {
            as(coordinatorOf(relief)).body(Map.of("signatoryName", "مجید مؤمنی", "signatoryTitle", "مدیرکل", "signedOn", "1397-09-26"))
                    .post("/api/agreements/" + id + "/signatures").then().statusCode(201);
            as(coordinatorOf(rural)).body(Map.of("signatoryName", "اکرم نجفی", "signatoryTitle", "مدیرکل", "signedOn", "1397-09-26"))
                    .post("/api/agreements/" + id + "/signatures")
                    .then().statusCode(201)
                    .body("status", equalTo("EXPIRED"))
                    .body("signedOn", equalTo("2018-12-17"))
                    .body("expiredOn", equalTo("2019-12-17"));
            var expired = topic.await("hamyar.agreements.agreement-expired.v1", id.toString());
            var activated = topic.await("hamyar.agreements.agreement-activated.v1", id.toString());
            org.assertj.core.api.Assertions.assertThat(activated.offset()).isLessThan(expired.offset());
        }
    }

    @Test
    void aPartySignsOnceAndASignedTextIsNeitherEditedNorSignedAgain() {
        UUID relief = qazvin("RELIEF_COMMITTEE");
        UUID rural = qazvin("RURAL_AFFAIRS");
        var text = terms(relief, rural, today(), null);
        UUID id = draft(relief, text);
        sign(id, relief);
        as(coordinatorOf(relief)).body(Map.of("signatoryName", "دوباره", "signatoryTitle", "مدیرکل"))
                .post("/api/agreements/" + id + "/signatures")
                .then().statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("urn:hamyar:problem:already-signed"));
        sign(id, rural);

        as(coordinatorOf(relief)).body(Map.of("signatoryName", "دوباره", "signatoryTitle", "مدیرکل"))
                .post("/api/agreements/" + id + "/signatures")
                .then().statusCode(409)
                .body("type", equalTo("urn:hamyar:problem:invalid-transition"))
                .body("currentStatus", equalTo("ACTIVE"));
        String etag = as(coordinatorOf(relief)).get("/api/agreements/" + id).then().extract().header("ETag");
        as(coordinatorOf(relief)).header("If-Match", etag).body(text)
                .put("/api/agreements/" + id)
                .then().statusCode(409)
                .body("currentStatus", equalTo("ACTIVE"))
                .body("detail", containsString("ACTIVE"));
    }

    @Test
    void aDraftCannotBeAmendedOrTerminated() {
        UUID relief = qazvin("RELIEF_COMMITTEE");
        UUID rural = qazvin("RURAL_AFFAIRS");
        var text = terms(relief, rural, today(), null);
        UUID id = draft(relief, text);
        as(coordinatorOf(relief)).body(Map.of("reason", "اصلاح", "terms", text))
                .post("/api/agreements/" + id + "/amendments")
                .then().statusCode(409).body("currentStatus", equalTo("DRAFT"));
        as(coordinatorOf(relief)).body(Map.of("reason", "پایان"))
                .post("/api/agreements/" + id + "/termination")
                .then().statusCode(409).body("currentStatus", equalTo("DRAFT"));
    }

    @Test
    void editingADraftNeedsTheCurrentETagAndClearsSignaturesGivenToTheOldText() {
        UUID relief = qazvin("RELIEF_COMMITTEE");
        UUID rural = qazvin("RURAL_AFFAIRS");
        var text = terms(relief, rural, today().plusDays(5), null);
        UUID id = draft(relief, text);
        String before = as(coordinatorOf(relief)).get("/api/agreements/" + id).then().extract().header("ETag");
        sign(id, rural);

        text.put("title", "عنوان تازه");
        as(coordinatorOf(relief)).body(text).put("/api/agreements/" + id)
                .then().statusCode(428);
        as(coordinatorOf(relief)).header("If-Match", before).body(text).put("/api/agreements/" + id)
                .then().statusCode(412)
                .body("type", equalTo("urn:hamyar:problem:stale-version"))
                .header("ETag", notNullValue());
        String current = as(coordinatorOf(relief)).get("/api/agreements/" + id).then().extract().header("ETag");
        as(coordinatorOf(rural)).header("If-Match", current).body(text).put("/api/agreements/" + id)
                .then().statusCode(200)
                .body("title", equalTo("عنوان تازه"))
                .body("parties.signed", contains(false, false));
    }

    @Test
    void terminationNeedsAReasonAndEndsTheAgreementNowOrOnTheDayAsked() {
        var now = activeAgreement();
        as(coordinatorOf(now.second())).body(Map.of())
                .post("/api/agreements/" + now.id() + "/termination")
                .then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        as(coordinatorOf(now.second())).body(Map.of("reason", "پایان همکاری به توافق طرفین"))
                .post("/api/agreements/" + now.id() + "/termination")
                .then().statusCode(200)
                .body("status", equalTo("TERMINATED"))
                .body("termination.reason", equalTo("پایان همکاری به توافق طرفین"))
                .body("termination.effectiveOnJalali", equalTo(Dates.jalali(today())));

        var later = activeAgreement();
        LocalDate on = today().plusDays(20);
        as(coordinatorOf(later.first())).body(Map.of("reason", "ادغام در تفاهم‌نامه استانی", "effectiveOn", on.toString()))
                .post("/api/agreements/" + later.id() + "/termination")
                .then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("termination.effectiveOn", equalTo(on.toString()))
                .body("termination.terminatedAt", nullValue());
        as(coordinatorOf(later.first())).body(Map.of("reason", "دوباره"))
                .post("/api/agreements/" + later.id() + "/termination")
                .then().statusCode(409).body("type", equalTo("urn:hamyar:problem:termination-pending"));
        clock.today(on);
        job.runOnce();
        as(coordinatorOf(later.first())).get("/api/agreements/" + later.id()).then()
                .body("status", equalTo("TERMINATED"))
                .body("termination.terminatedAt", notNullValue());
    }

    @Test
    void listsFilterByStatusPartyProvinceAndAidCategoryAndShowDraftsOnlyToTheirParties() {
        var active = activeAgreement();
        UUID other = qazvin("WELFARE");
        UUID stranger = qazvin("NGO");
        UUID draft = draft(other, terms(other, active.first(), today(), null));

        as(coordinatorOf(active.first())).queryParam("party", active.first().toString())
                .get("/api/agreements")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", containsInAnyOrder(active.id().toString(), draft.toString()));
        as(coordinatorOf(active.first())).queryParam("party", active.first().toString()).queryParam("status", "ACTIVE")
                .queryParam("province", "۲۶").queryParam("aidCategory", "FOOD_BASKET")
                .get("/api/agreements")
                .then().body("total", equalTo(1)).body("items[0].id", equalTo(active.id().toString()));
        as(coordinatorOf(stranger)).queryParam("party", active.first().toString())
                .get("/api/agreements")
                .then().body("total", equalTo(1)).body("items[0].id", equalTo(active.id().toString()));
        as(AUDITOR).queryParam("party", active.first().toString())
                .get("/api/agreements")
                .then().body("total", equalTo(2));
        as(coordinatorOf(stranger)).queryParam("status", "WHATEVER").get("/api/agreements")
                .then().statusCode(400).body("errors.field", hasItem("status"));
    }
}
