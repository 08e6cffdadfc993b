package org.hamyar.agreements.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamyar.agreements.testing.Fixtures.activeAgreement;
import static org.hamyar.agreements.testing.Fixtures.draft;
import static org.hamyar.agreements.testing.Fixtures.qazvin;
import static org.hamyar.agreements.testing.Fixtures.terms;
import static org.hamyar.agreements.testing.Fixtures.today;
import static org.hamyar.agreements.testing.Users.AUDITOR;
import static org.hamyar.agreements.testing.Users.as;
import static org.hamyar.agreements.testing.Users.coordinatorOf;
import static org.hamyar.agreements.testing.Users.donorOf;
import static org.hamyar.agreements.testing.Users.officerOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.hamyar.agreements.lifecycle.AgreementLifecycleJob;
import org.hamyar.agreements.testing.AgreementsTopic;
import org.hamyar.agreements.testing.Fixtures;
import org.hamyar.agreements.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Progress by the committed or the monitoring party, the agreement's report, and CommitmentOverdue
 * published once per overdue commitment. In {@link Fixtures#terms} commitment 0 is the second
 * party's (900 households, due in six months) and commitment 1 the first party's (no target);
 * the first party monitors.
 */
@QuarkusTest
class CommitmentProgressResourceTest {

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

    private static String commitment(Fixtures.Signed agreement, int index) {
        return as(coordinatorOf(agreement.first())).get("/api/agreements/" + agreement.id())
                .then().extract().path("commitments[" + index + "].id");
    }

    private static String progressPath(Fixtures.Signed agreement, String commitment) {
        return "/api/agreements/" + agreement.id() + "/commitments/" + commitment + "/progress";
    }

    @Test
    void theCommittedPartyAndTheMonitoringPartyReportAndTheReportAddsUp() {
        var agreement = activeAgreement();
        String insurance = commitment(agreement, 0);
        String path = progressPath(agreement, insurance);

        try (var topic = AgreementsTopic.fromBeginning()) {
            as(officerOf(agreement.second())).body(Map.of("value", "۴۵۰", "note", "بیمه ۴۵۰ خانوار", "reportedOn", today().toString()))
                    .post(path)
                    .then().statusCode(201)
                    .body("progressTotal", equalTo(450))
                    .body("percent", equalTo("50.00"))
                    .body("achieved", equalTo(false));
            var event = topic.await("hamyar.agreements.commitment-progress-reported.v1", agreement.id().toString());
            assertThat(event.value()).contains("\"commitmentId\":\"" + insurance + "\"").contains("\"progressTotal\":450");
        }
        // the monitoring party (the first) reports on the second party's commitment too
        as(coordinatorOf(agreement.first())).body(Map.of("value", 150, "note", "پایش: ۱۵۰ خانوار دیگر", "reportedOn", today().toString()))
                .post(path).then().statusCode(201).body("progressTotal", equalTo(600));

        as(AUDITOR).get("/api/agreements/" + agreement.id() + "/report")
                .then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("summary.commitments", equalTo(2))
                .body("summary.withTarget", equalTo(1))
                .body("commitments[0].target.value", equalTo(900))
                .body("commitments[0].progressTotal", equalTo(600))
                .body("commitments[0].percent", equalTo("66.66"))
                .body("commitments[0].percentBasisPoints", equalTo(6666))
                .body("commitments[0].reports", equalTo(2))
                .body("commitments[0].overdue", equalTo(false))
                .body("commitments[1].percent", nullValue())
                .body("asOfJalali", equalTo(org.hamyar.standards.Dates.jalali(today())));
        as(donorOf(agreement.first())).get(path).then().statusCode(200)
                .body("progressTotal", org.hamcrest.Matchers.contains(450, 600));
    }

    @Test
    void nobodyElseReports() {
        var agreement = activeAgreement();
        String ownCommitmentOfFirst = commitment(agreement, 1);
        UUID stranger = qazvin("WELFARE");
        var body = Map.of("note", "گزارش", "reportedOn", today().toString());

        // the second party is neither committed on commitment 1 nor the monitor
        as(coordinatorOf(agreement.second())).body(body).post(progressPath(agreement, ownCommitmentOfFirst))
                .then().statusCode(403).body("type", equalTo("urn:hamyar:problem:not-reporting-party"));
        as(coordinatorOf(stranger)).body(body).post(progressPath(agreement, ownCommitmentOfFirst))
                .then().statusCode(403);
        as(AUDITOR).body(body).post(progressPath(agreement, ownCommitmentOfFirst)).then().statusCode(403);
        as(donorOf(agreement.first())).body(body).post(progressPath(agreement, ownCommitmentOfFirst)).then().statusCode(403);
        as(officerOf(agreement.first())).body(body).post(progressPath(agreement, UUID.randomUUID().toString()))
                .then().statusCode(404);
    }

    @Test
    void progressIsRefusedOnADraftAndForNonPartiesTheDraftDoesNotExist() {
        UUID relief = qazvin("RELIEF_COMMITTEE");
        UUID rural = qazvin("RURAL_AFFAIRS");
        UUID stranger = qazvin("WELFARE");
        UUID id = draft(relief, terms(relief, rural, today(), null));
        String commitment = as(coordinatorOf(relief)).get("/api/agreements/" + id).then().extract().path("commitments[0].id");
        var body = Map.of("value", 1, "note", "گزارش", "reportedOn", today().toString());
        as(officerOf(rural)).body(body).post("/api/agreements/" + id + "/commitments/" + commitment + "/progress")
                .then().statusCode(409).body("currentStatus", equalTo("DRAFT"));
        as(officerOf(stranger)).body(body).post("/api/agreements/" + id + "/commitments/" + commitment + "/progress")
                .then().statusCode(404);
        as(officerOf(stranger)).get("/api/agreements/" + id + "/report").then().statusCode(404);
    }

    @Test
    void badReportsNameTheirFields() {
        var agreement = activeAgreement();
        as(officerOf(agreement.second())).body(Map.of("value", -5, "reportedOn", today().plusDays(3).toString()))
                .post(progressPath(agreement, commitment(agreement, 0)))
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("value", "note", "reportedOn"));
        as(officerOf(agreement.first())).body(Map.of("value", 3, "note", "بدون هدف", "reportedOn", today().toString()))
                .post(progressPath(agreement, commitment(agreement, 1)))
                .then().statusCode(400).body("errors.field", hasItem("value"));
    }

    @Test
    void anOverdueCommitmentIsAnnouncedOnceEvenWithTwoJobsRunningAtOnce() throws Exception {
        var agreement = activeAgreement();
        String insurance = commitment(agreement, 0);
        String due = as(AUDITOR).get("/api/agreements/" + agreement.id()).then().extract().path("commitments[0].dueDate");

        clock.today(java.time.LocalDate.parse(due));
        job.runOnce();
        as(AUDITOR).get("/api/agreements/" + agreement.id() + "/report").then().body("commitments[0].overdue", equalTo(false));

        clock.today(java.time.LocalDate.parse(due).plusDays(1));
        as(AUDITOR).get("/api/agreements/" + agreement.id() + "/report")
                .then().body("commitments[0].overdue", equalTo(true))
                .body("commitments[1].overdue", equalTo(false))
                .body("summary.overdue", equalTo(1));
        // two replicas' jobs at the same moment, then once more
        var first = CompletableFuture.supplyAsync(job::runOnce);
        var second = CompletableFuture.supplyAsync(job::runOnce);
        int announced = first.get().overdue() + second.get().overdue();
        announced += job.runOnce().overdue();
        assertThat(announced).isGreaterThanOrEqualTo(1);

        try (var topic = AgreementsTopic.fromBeginning()) {
            var overdue = topic.await("hamyar.agreements.commitment-overdue.v1", agreement.id().toString());
            assertThat(overdue.value()).contains("\"commitmentId\":\"" + insurance + "\"").contains("\"dueDate\":\"" + due + "\"");
            assertThat(topic.all("hamyar.agreements.commitment-overdue.v1", agreement.id().toString(), Duration.ofSeconds(3)))
                    .hasSize(1);
        }
    }
}
