package org.hamyar.agreements.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamyar.agreements.testing.Fixtures.activeAgreement;
import static org.hamyar.agreements.testing.Fixtures.draft;
import static org.hamyar.agreements.testing.Fixtures.party;
import static org.hamyar.agreements.testing.Fixtures.qazvin;
import static org.hamyar.agreements.testing.Fixtures.terms;
import static org.hamyar.agreements.testing.Fixtures.today;
import static org.hamyar.agreements.testing.Users.as;
import static org.hamyar.agreements.testing.Users.coordinatorOf;
import static org.hamyar.agreements.testing.Users.officerOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamyar.agreements.testing.AgreementsTopic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Amendments create versions; the old text stays readable; the parties stay the same. */
@QuarkusTest
class AmendmentResourceTest {

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> currentText(UUID id, String user) {
        Map<String, Object> view = as(user).get("/api/agreements/" + id).then().statusCode(200).extract().as(Map.class);
        var text = new HashMap<String, Object>();
        for (String field : List.of("title", "parties", "scope", "effectiveFrom", "effectiveTo", "objectives", "commitments",
                "committee", "monitoringOrganizationId", "coordination", "calendar")) {
            text.put(field, view.get(field));
        }
        // the view's parties carry their signatures, which are not part of the text
        text.put("parties", ((List<Map<String, Object>>) view.get("parties")).stream()
                .map(p -> Map.of("organizationId", p.get("organizationId"), "role", p.get("role"))).toList());
        return stripJalali(text);
    }

    /** The response's Jalali siblings are not fields of a request. */
    @SuppressWarnings("unchecked")
    private static <T> T stripJalali(T value) {
        if (value instanceof Map<?, ?> map) {
            var copy = new HashMap<String, Object>();
            map.forEach((k, v) -> {
                if (!((String) k).endsWith("Jalali")) {
                    copy.put((String) k, stripJalali(v));
                }
            });
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            return (T) new ArrayList<>(list.stream().map(AmendmentResourceTest::stripJalali).toList());
        }
        return value;
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAmendmentMakesVersionTwoKeepsVersionOneAndCommitmentsKeepTheirIdentity() {
        var agreement = activeAgreement();
        String coordinator = coordinatorOf(agreement.second());
        Map<String, Object> text = currentText(agreement.id(), coordinator);
        var commitments = (List<Map<String, Object>>) text.get("commitments");
        String keptId = (String) commitments.get(0).get("id");
        String droppedId = (String) commitments.get(1).get("id");
        var kept = new HashMap<>(commitments.get(0));
        kept.put("target", Map.of("indicator", "خانوار روستایی بیمه‌شده", "unit", "خانوار", "value", 1200));
        text.put("commitments", List.of(kept, Map.of("organizationId", agreement.first().toString(), "text", "تعهد تازه")));
        text.put("effectiveTo", today().plusYears(2).toString());

        try (var topic = AgreementsTopic.fromBeginning()) {
            var proposed = as(coordinator).body(Map.of("reason", "افزایش هدف بیمه و تمدید مدت", "terms", text))
                    .post("/api/agreements/" + agreement.id() + "/amendments")
                    .then().statusCode(201)
                    .body("number", equalTo(1))
                    .body("baseVersion", equalTo(1))
                    .body("status", equalTo("PROPOSED"))
                    .body("signatures.organizationId", contains(agreement.second().toString()))
                    .body("awaitingOrganizationIds", contains(agreement.first().toString()))
                    .body("terms.commitments[0].target.value", equalTo(1200))
                    .extract();
            assertThat(proposed.header("Location")).endsWith("/api/agreements/" + agreement.id() + "/amendments/1");
            // one party's proposal binds nobody: the version in force stays
            as(officerOf(agreement.first())).get("/api/agreements/" + agreement.id())
                    .then().statusCode(200).body("version", equalTo(1))
                    .body("commitments[0].target.value", equalTo(900));

            as(coordinatorOf(agreement.first()))
                    .body(Map.of("signatoryName", "مجید مؤمنی", "signatoryTitle", "مدیرکل", "signedOn", "1405-09-01"))
                    .post("/api/agreements/" + agreement.id() + "/amendments/1/signatures")
                    .then().statusCode(201)
                    .body("status", equalTo("ADOPTED"))
                    .body("adoptedVersion", equalTo(2))
                    .body("awaitingOrganizationIds", hasSize(0))
                    .body("signatures[1].signedOnJalali", equalTo("1405-09-01"));
            as(officerOf(agreement.first())).get("/api/agreements/" + agreement.id())
                    .then().statusCode(200)
                    .body("version", equalTo(2))
                    .body("status", equalTo("ACTIVE"))
                    .body("commitments", hasSize(2))
                    .body("commitments[0].id", equalTo(keptId))
                    .body("commitments[0].target.value", equalTo(1200))
                    .body("commitments.id", org.hamcrest.Matchers.not(hasItem(droppedId)));

            var amended = topic.await("hamyar.agreements.agreement-amended.v1", agreement.id().toString());
            assertThat(amended.value()).contains("\"previousVersion\":1").contains("\"version\":2");
        }

        as(officerOf(agreement.first())).get("/api/agreements/" + agreement.id() + "/versions")
                .then().statusCode(200)
                .body("version", contains(1, 2))
                .body("reason", contains(nullValue(), equalTo("افزایش هدف بیمه و تمدید مدت")))
                .body("terms", contains(nullValue(), nullValue()));
        as(officerOf(agreement.first())).get("/api/agreements/" + agreement.id() + "/versions/1")
                .then().statusCode(200)
                .body("terms.commitments", hasSize(2))
                .body("terms.commitments[0].target.value", equalTo(900))
                .body("terms.commitments[1].id", equalTo(droppedId))
                .body("terms.effectiveFromJalali", equalTo(org.hamyar.standards.Dates.jalali(today())));
        as(officerOf(agreement.first())).get("/api/agreements/" + agreement.id() + "/versions/3")
                .then().statusCode(404).body("type", equalTo("urn:hamyar:problem:version-not-found"));
    }

    @Test
    void anAmendmentCannotChangeThePartiesNorComeFromANonParty() {
        var agreement = activeAgreement();
        Map<String, Object> text = currentText(agreement.id(), coordinatorOf(agreement.first()));
        UUID newcomer = qazvin("WELFARE");
        var changed = new HashMap<>(text);
        changed.put("parties", List.of(party(agreement.first(), "IMPLEMENTER"), party(newcomer, "IMPLEMENTER")));
        as(coordinatorOf(agreement.first())).body(Map.of("reason", "طرف تازه", "terms", changed))
                .post("/api/agreements/" + agreement.id() + "/amendments")
                .then().statusCode(400).body("errors.field", hasItem("terms.parties"));

        as(coordinatorOf(newcomer)).body(Map.of("reason", "دخالت", "terms", text))
                .post("/api/agreements/" + agreement.id() + "/amendments")
                .then().statusCode(403).body("type", equalTo("urn:hamyar:problem:not-a-party"));
        as(coordinatorOf(agreement.first())).body(Map.of("terms", text))
                .post("/api/agreements/" + agreement.id() + "/amendments")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        as(officerOf(agreement.first())).body(Map.of("reason", "افسر", "terms", text))
                .post("/api/agreements/" + agreement.id() + "/amendments")
                .then().statusCode(403);
    }

    @Test
    @SuppressWarnings("unchecked")
    void onePartyCannotLoosenABlockingRuleAloneTheOtherMustSign() {
        var agreement = activeAgreement();
        Map<String, Object> text = currentText(agreement.id(), coordinatorOf(agreement.first()));
        var coordination = new HashMap<>((Map<String, Object>) text.get("coordination"));
        coordination.put("rules", List.of(Map.of("aidCategory", "FOOD_BASKET", "mode", "WARN")));
        text.put("coordination", coordination);

        try (var topic = AgreementsTopic.fromBeginning()) {
            as(coordinatorOf(agreement.first())).body(Map.of("reason", "هشدار به جای منع", "terms", text))
                    .post("/api/agreements/" + agreement.id() + "/amendments")
                    .then().statusCode(201).body("status", equalTo("PROPOSED"));
            as(officerOf(agreement.second())).get("/api/agreements/" + agreement.id())
                    .then().statusCode(200).body("coordination.rules[0].mode", equalTo("BLOCK")).body("version", equalTo(1));
            // the proposer cannot sign twice, nor open a second proposal beside it
            as(coordinatorOf(agreement.first())).body(Map.of("signatoryName", "الف", "signatoryTitle", "ب"))
                    .post("/api/agreements/" + agreement.id() + "/amendments/1/signatures")
                    .then().statusCode(409).body("type", equalTo("urn:hamyar:problem:amendment-already-signed"));
            as(coordinatorOf(agreement.second())).body(Map.of("reason", "دیگری", "terms", text))
                    .post("/api/agreements/" + agreement.id() + "/amendments")
                    .then().statusCode(409).body("type", equalTo("urn:hamyar:problem:amendment-pending"))
                    .body("amendmentNumber", equalTo(1));
            // nothing was published: the other consumers still apply version 1
            assertThat(topic.all("hamyar.agreements.agreement-amended.v1", agreement.id().toString(),
                    java.time.Duration.ofSeconds(2))).isEmpty();

            // the other party declines: the version in force stays, and a new proposal may follow
            as(coordinatorOf(agreement.second())).post("/api/agreements/" + agreement.id() + "/amendments/1/withdrawal")
                    .then().statusCode(200).body("status", equalTo("DECLINED"))
                    .body("closedByOrganizationId", equalTo(agreement.second().toString()));
            as(coordinatorOf(agreement.second())).body(Map.of("signatoryName", "الف", "signatoryTitle", "ب"))
                    .post("/api/agreements/" + agreement.id() + "/amendments/1/signatures")
                    .then().statusCode(409).body("type", equalTo("urn:hamyar:problem:amendment-closed"));
            as(officerOf(agreement.second())).get("/api/agreements/" + agreement.id())
                    .then().statusCode(200).body("coordination.rules[0].mode", equalTo("BLOCK"));

            as(coordinatorOf(agreement.first())).body(Map.of("reason", "هشدار به جای منع، دوباره", "terms", text))
                    .post("/api/agreements/" + agreement.id() + "/amendments")
                    .then().statusCode(201).body("number", equalTo(2));
            as(coordinatorOf(agreement.first())).post("/api/agreements/" + agreement.id() + "/amendments/2/withdrawal")
                    .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
            assertThat(topic.all("hamyar.agreements.agreement-amended.v1", agreement.id().toString(),
                    java.time.Duration.ofSeconds(1))).isEmpty();
        }
        as(officerOf(agreement.first())).get("/api/agreements/" + agreement.id() + "/amendments")
                .then().statusCode(200)
                .body("number", contains(1, 2))
                .body("status", contains("DECLINED", "WITHDRAWN"))
                .body("terms", contains(nullValue(), nullValue()));
        as(coordinatorOf(qazvin("WELFARE"))).post("/api/agreements/" + agreement.id() + "/amendments/2/withdrawal")
                .then().statusCode(403).body("type", equalTo("urn:hamyar:problem:not-a-party"));
        as(officerOf(agreement.first())).get("/api/agreements/" + agreement.id() + "/amendments/3")
                .then().statusCode(404).body("type", equalTo("urn:hamyar:problem:amendment-not-found"));
    }

    @Test
    void anAmendmentNobodyFinishedSigningLapsesWhenTheAgreementEnds() {
        var agreement = activeAgreement();
        Map<String, Object> text = currentText(agreement.id(), coordinatorOf(agreement.first()));
        as(coordinatorOf(agreement.first())).body(Map.of("reason", "اصلاح", "terms", text))
                .post("/api/agreements/" + agreement.id() + "/amendments")
                .then().statusCode(201);
        as(coordinatorOf(agreement.second())).body(Map.of("reason", "پایان همکاری"))
                .post("/api/agreements/" + agreement.id() + "/termination")
                .then().statusCode(200).body("status", equalTo("TERMINATED"));
        as(officerOf(agreement.first())).get("/api/agreements/" + agreement.id() + "/amendments/1")
                .then().statusCode(200).body("status", equalTo("LAPSED"));
        as(coordinatorOf(agreement.second())).body(Map.of("signatoryName", "الف", "signatoryTitle", "ب"))
                .post("/api/agreements/" + agreement.id() + "/amendments/1/signatures")
                .then().statusCode(409).body("type", equalTo("urn:hamyar:problem:invalid-transition"));
    }

    @Test
    void aDraftOfOtherPartiesDoesNotExistForAStrangerNotEvenItsVersions() {
        UUID relief = qazvin("RELIEF_COMMITTEE");
        UUID rural = qazvin("RURAL_AFFAIRS");
        UUID stranger = qazvin("WELFARE");
        UUID id = draft(relief, terms(relief, rural, today(), null));
        as(coordinatorOf(stranger)).get("/api/agreements/" + id).then().statusCode(404);
        as(coordinatorOf(stranger)).get("/api/agreements/" + id + "/versions").then().statusCode(404);
        as(coordinatorOf(stranger)).body(Map.of("signatoryName", "x", "signatoryTitle", "y"))
                .post("/api/agreements/" + id + "/signatures").then().statusCode(404);
        as(coordinatorOf(stranger)).header("If-Match", "\"0\"").body(terms(relief, rural, today(), null))
                .put("/api/agreements/" + id).then().statusCode(404);
        as(officerOf(rural)).get("/api/agreements/" + id).then().statusCode(200);
        as(org.hamyar.agreements.testing.Users.AUDITOR).get("/api/agreements/" + id).then().statusCode(200);
    }
}
