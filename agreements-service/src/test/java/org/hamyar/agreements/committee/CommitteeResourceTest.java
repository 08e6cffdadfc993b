package org.hamyar.agreements.committee;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamyar.agreements.testing.Fixtures.draft;
import static org.hamyar.agreements.testing.Fixtures.organization;
import static org.hamyar.agreements.testing.Fixtures.party;
import static org.hamyar.agreements.testing.Fixtures.sign;
import static org.hamyar.agreements.testing.Fixtures.today;
import static org.hamyar.agreements.testing.Users.ADMIN;
import static org.hamyar.agreements.testing.Users.as;
import static org.hamyar.agreements.testing.Users.coordinatorOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Seed 003's committee: 2 seats for the HQ, 2 for the deputy, 1 NGO nominated by the HQ (three names) and picked by the deputy. */
@QuarkusTest
class CommitteeResourceTest {

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private record Tehran(UUID agreement, UUID hq, UUID deputy, List<UUID> ngos) {
    }

    private static UUID ngo() {
        String id = as(ADMIN).body(Map.of("nameFa", "سمن " + UUID.randomUUID(), "type", "NGO", "level", "COUNTY",
                "provinceCode", "23", "county", "تهران")).post("/api/organizations").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    private static Tehran signedTehranAgreement() {
        UUID hq = organization("OTHER", "23");
        UUID deputy = organization("MUNICIPALITY", "23");
        var text = new HashMap<String, Object>();
        text.put("title", "تفاهم‌نامه ستاد سمن‌ها و معاونت اجتماعی شهرداری تهران");
        text.put("parties", List.of(party(hq, "NGO_HEADQUARTERS"), party(deputy, "MUNICIPAL_DEPUTY")));
        text.put("scope", Map.of("provinces", List.of("23"), "counties", List.of("تهران")));
        text.put("effectiveFrom", today().toString());
        text.put("committee", Map.of(
                "seats", List.of(Map.of("organizationId", hq.toString(), "seats", 2), Map.of("organizationId", deputy.toString(), "seats", 2)),
                "nominationRules", List.of(Map.of("nominatingOrganizationId", hq.toString(), "choosingOrganizationId", deputy.toString(),
                        "nominees", 3, "seats", 1, "nomineeType", "NGO"))));
        UUID id = draft(hq, text);
        sign(id, hq);
        sign(id, deputy);
        return new Tehran(id, hq, deputy, List.of(ngo(), ngo(), ngo()));
    }

    private static String path(Tehran tehran, String rest) {
        return "/api/agreements/" + tehran.agreement() + "/committee" + rest;
    }

    @Test
    void twoPlusTwoPlusOneSeatsFilledByAppointmentAndByNominationThenFull() {
        var tehran = signedTehranAgreement();
        as(coordinatorOf(tehran.hq())).get(path(tehran, ""))
                .then().statusCode(200).body("totalSeats", equalTo(5)).body("filledSeats", equalTo(0));

        for (String name : List.of("نماینده اول ستاد", "نماینده دوم ستاد")) {
            as(coordinatorOf(tehran.hq())).body(Map.of("personName", name)).post(path(tehran, "/members"))
                    .then().statusCode(201).body("seatOfOrganizationId", equalTo(tehran.hq().toString()));
        }
        as(coordinatorOf(tehran.hq())).body(Map.of("personName", "نماینده سوم")).post(path(tehran, "/members"))
                .then().statusCode(409).body("type", equalTo("urn:hamyar:problem:committee-seats-full"));

        // the HQ nominates exactly three NGOs; two, or a party, or the deputy nominating, are refused
        as(coordinatorOf(tehran.hq())).body(Map.of("nomineeOrganizationIds", List.of(tehran.ngos().get(0), tehran.ngos().get(1))))
                .post(path(tehran, "/nominations")).then().statusCode(400).body("errors.field", hasItem("nomineeOrganizationIds"));
        as(coordinatorOf(tehran.hq())).body(Map.of("nomineeOrganizationIds", List.of(tehran.ngos().get(0), tehran.ngos().get(1), tehran.deputy())))
                .post(path(tehran, "/nominations")).then().statusCode(400).body("errors.field", hasItem("nomineeOrganizationIds[2]"));
        as(coordinatorOf(tehran.deputy())).body(Map.of("nomineeOrganizationIds", tehran.ngos()))
                .post(path(tehran, "/nominations")).then().statusCode(403);
        String nomination = as(coordinatorOf(tehran.hq())).body(Map.of("nomineeOrganizationIds", tehran.ngos()))
                .post(path(tehran, "/nominations")).then().statusCode(201)
                .body("status", equalTo("OPEN")).extract().path("id");
        // the NGO seat is taken while the nomination is open
        as(coordinatorOf(tehran.hq())).body(Map.of("nomineeOrganizationIds", tehran.ngos()))
                .post(path(tehran, "/nominations")).then().statusCode(409);

        // the deputy picks one of the three; the HQ cannot, and nobody picks an organisation not nominated
        as(coordinatorOf(tehran.hq())).body(Map.of("organizationId", tehran.ngos().get(1)))
                .post(path(tehran, "/nominations/" + nomination + "/selection")).then().statusCode(403);
        as(coordinatorOf(tehran.deputy())).body(Map.of("organizationId", UUID.randomUUID()))
                .post(path(tehran, "/nominations/" + nomination + "/selection"))
                .then().statusCode(400).body("errors.field", hasItem("organizationId"));
        as(coordinatorOf(tehran.deputy())).body(Map.of("organizationId", tehran.ngos().get(1), "personName", "نماینده سمن"))
                .post(path(tehran, "/nominations/" + nomination + "/selection"))
                .then().statusCode(201).body("organizationId", equalTo(tehran.ngos().get(1).toString()));
        as(coordinatorOf(tehran.deputy())).body(Map.of("organizationId", tehran.ngos().get(0)))
                .post(path(tehran, "/nominations/" + nomination + "/selection"))
                .then().statusCode(409).body("type", equalTo("urn:hamyar:problem:nomination-closed"));

        as(coordinatorOf(tehran.deputy())).body(Map.of("personName", "نماینده اول معاونت")).post(path(tehran, "/members"))
                .then().statusCode(201);
        as(coordinatorOf(tehran.deputy())).get(path(tehran, ""))
                .then().body("filledSeats", equalTo(4))
                .body("nominationRules[0].filled", equalTo(1))
                .body("nominations[0].status", equalTo("SELECTED"))
                .body("members", hasSize(4));
        UUID stranger = organization("WELFARE", "23");
        as(coordinatorOf(stranger)).body(Map.of("personName", "غریبه")).post(path(tehran, "/members"))
                .then().statusCode(403);

        // an amendment may not take a seat from a member who holds it
        @SuppressWarnings("unchecked")
        Map<String, Object> committee = as(coordinatorOf(tehran.hq())).get("/api/agreements/" + tehran.agreement())
                .then().extract().path("committee");
        var rules = (List<Map<String, Object>>) committee.get("nominationRules");
        var text = new HashMap<String, Object>(Map.of("title", "اصلاحیه", "effectiveFrom", today().toString(),
                "parties", List.of(party(tehran.hq(), "NGO_HEADQUARTERS"), party(tehran.deputy(), "MUNICIPAL_DEPUTY")),
                "scope", Map.of("provinces", List.of("23")),
                "committee", Map.of("seats", List.of(Map.of("organizationId", tehran.hq().toString(), "seats", 1),
                                Map.of("organizationId", tehran.deputy().toString(), "seats", 2)),
                        "nominationRules", List.of(Map.of("id", rules.get(0).get("id"),
                                "nominatingOrganizationId", tehran.hq().toString(),
                                "choosingOrganizationId", tehran.deputy().toString(), "nominees", 3, "seats", 1)))));
        as(coordinatorOf(tehran.hq())).body(Map.of("reason", "کاهش کرسی‌ها", "terms", text))
                .post("/api/agreements/" + tehran.agreement() + "/amendments")
                .then().statusCode(400).body("errors.field", contains("terms.committee.seats"));
    }

    @Test
    void theCommitteeRecordsDecisionsSuchAsAGuideline() {
        var tehran = signedTehranAgreement();
        as(coordinatorOf(tehran.deputy())).body(Map.of("subject", "دستورالعمل تسهیلات رفاهی سمن‌ها",
                        "text", "نوع تسهیلات رفاهی و چگونگی اعطای آن به سمن‌های معرفی‌شده از سوی ستاد تصویب شد.",
                        "decidedOn", "1405-08-01", "kind", "GUIDELINE"))
                .post(path(tehran, "/decisions"))
                .then().statusCode(201)
                .body("decidedOnJalali", equalTo("1405-08-01"))
                .body("kind", equalTo("GUIDELINE"));
        as(coordinatorOf(tehran.hq())).body(Map.of("subject", "", "decidedOn", "1499-01-01")).post(path(tehran, "/decisions"))
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("subject", "text", "decidedOn"));
        as(org.hamyar.agreements.testing.Users.AUDITOR).get(path(tehran, "/decisions"))
                .then().statusCode(200).body("subject", contains("دستورالعمل تسهیلات رفاهی سمن‌ها"));
    }

    @Test
    void aDraftHasNoSittingCommittee() {
        UUID hq = organization("OTHER", "23");
        UUID deputy = organization("MUNICIPALITY", "23");
        var text = new HashMap<String, Object>(Map.of("title", "پیش‌نویس",
                "parties", List.of(party(hq, "A"), party(deputy, "B")), "scope", Map.of(), "effectiveFrom", today().toString(),
                "committee", Map.of("seats", List.of(Map.of("organizationId", hq.toString(), "seats", 1)))));
        UUID id = draft(hq, text);
        as(coordinatorOf(hq)).body(Map.of("personName", "نماینده")).post("/api/agreements/" + id + "/committee/members")
                .then().statusCode(409).body("currentStatus", equalTo("DRAFT"));
    }
}
