package org.hamyar.donors.money;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.hamyar.donors.demo.DemoData;
import org.hamyar.infrastructure.testing.DemoUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamyar.donors.testing.Users.allocation;
import static org.hamyar.donors.testing.Users.as;

/**
 * What each role and organisation may not do with the money, on the demo data: another donor's
 * statement, another organisation's funds, donors of another assembly, writes by auditors; and bad
 * input answered with every field named.
 */
@QuarkusTest
class MoneyAccessTest {

    @Inject
    DemoData demo;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void loadDemoData() {
        demo.load();
    }

    @Test
    void aDonorSeesItsOwnStatementAndNoOneElses() {
        as(DemoUsers.DONOR_REZA).get("/api/donors/me").then().statusCode(200)
                .body("id", equalTo(DemoData.DONOR_REZA.toString()))
                .header("ETag", equalTo("\"0\""));
        String statement = as(DemoUsers.DONOR_REZA).get("/api/donors/me/statement").then().statusCode(200)
                .body("donorId", equalTo(DemoData.DONOR_REZA.toString()))
                .body("givenRials", equalTo(300_000_000))
                .body("pledgedRials", equalTo(200_000_000))
                .body("funds.find { it.fundId == '%s' }.givenRials".formatted(DemoData.FUND_CRISIS), equalTo(300_000_000))
                .body("funds.find { it.fundId == '%s' }.fundReceivedRials".formatted(DemoData.FUND_CRISIS), equalTo(1_300_000_000))
                // 250,000,000 reserved × 300 / 1,300 of the fund's money, rounded down
                .body("lines.find { it.aidCategory == 'FOOD_BASKET' }.reservedRials", equalTo(57_692_307))
                .body("lines.find { it.aidCategory == 'FOOD_BASKET' }.provinceCode", equalTo("22"))
                .body("lines[0].monthStartJalali", org.hamcrest.Matchers.notNullValue())
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(statement).doesNotContain("household").doesNotContain("aidId");
        // another donor's record and statement do not exist for it
        as(DemoUsers.DONOR_REZA).get("/api/donors/{id}/statement", DemoData.DONOR_MARYAM).then().statusCode(404);
        as(DemoUsers.DONOR_REZA).get("/api/donors/{id}", DemoData.DONOR_MARYAM).then().statusCode(404);
        as(DemoUsers.DONOR_REZA).queryParam("donor", DemoData.DONOR_MARYAM.toString()).get("/api/donations").then().statusCode(404);
        as(DemoUsers.DONOR_REZA).get("/api/donors/{id}/statement", DemoData.DONOR_REZA).then().statusCode(200);
        // nor may it list donors, reconcile funds or allocate
        as(DemoUsers.DONOR_REZA).get("/api/donors").then().statusCode(403);
        as(DemoUsers.DONOR_REZA).get("/api/funds/{id}/reconciliation", DemoData.FUND_CRISIS).then().statusCode(403);
        as(DemoUsers.DONOR_REZA).body(allocation(DemoData.FUND_CRISIS, 1L, "FOOD_BASKET", "ORPHAN", "22",
                DemoData.WELFARE_HORMOZGAN)).post("/api/allocations").then().statusCode(403);
        // the assembly's coordinator and an auditor read the statement
        as(DemoUsers.COORDINATOR_DONORS_ASSEMBLY).get("/api/donors/{id}/statement", DemoData.DONOR_MARYAM).then().statusCode(200);
        as(DemoUsers.AUDITOR).get("/api/donors/{id}/statement", DemoData.DONOR_MARYAM).then().statusCode(200);
    }

    @Test
    void aCoordinatorSeesOnlyTheDonorsOfItsOwnAssembly() {
        as(DemoUsers.COORDINATOR_DONORS_ASSEMBLY).queryParam("size", 200).get("/api/donors").then().statusCode(200)
                .body("items.id", hasItems(DemoData.DONOR_REZA.toString(), DemoData.DONOR_MARYAM.toString()));
        as(DemoUsers.COORDINATOR_QAZVIN_RELIEF).queryParam("size", 200).get("/api/donors").then().statusCode(200)
                .body("items.id", not(hasItem(DemoData.DONOR_REZA.toString())));
        as(DemoUsers.COORDINATOR_QAZVIN_RELIEF).get("/api/donors/{id}", DemoData.DONOR_REZA).then().statusCode(404);
        as(DemoUsers.COORDINATOR_QAZVIN_RELIEF).get("/api/donors/{id}/statement", DemoData.DONOR_REZA).then().statusCode(404);
        // nor may it register donors into an assembly that is not its organisation
        as(DemoUsers.COORDINATOR_HORMOZGAN_AWQAF).body(Map.of("kind", "PERSON", "identifier", "1122334451",
                        "details", Map.of("nameFa", "خیر", "assemblyOrganizationId", DemoUsers.ORG_DONORS_ASSEMBLY.toString(),
                                "assemblyLevel", "NATIONAL")))
                .post("/api/donors").then().statusCode(403);
        as(DemoUsers.AUDITOR).get("/api/donors/{id}", DemoData.DONOR_REZA).then().statusCode(200)
                .body("identifier", equalTo("0012345679"));
    }

    @Test
    void updatesNeedTheCurrentETag() {
        String coordinator = DemoUsers.COORDINATOR_DONORS_ASSEMBLY;
        Map<String, Object> details = Map.of("nameFa", "شرکت نیکوکاران البرز", "provinceCode", "۲۶",
                "assemblyOrganizationId", DemoUsers.ORG_DONORS_ASSEMBLY.toString(), "assemblyLevel", "COUNTY");
        as(coordinator).body(details).put("/api/donors/{id}", DemoData.DONOR_COMPANY).then().statusCode(428);
        as(coordinator).header("If-Match", "\"99\"").body(details).put("/api/donors/{id}", DemoData.DONOR_COMPANY)
                .then().statusCode(412);
        String etag = as(coordinator).get("/api/donors/{id}", DemoData.DONOR_COMPANY).then().statusCode(200)
                .extract().header("ETag");
        as(coordinator).header("If-Match", etag).body(details).put("/api/donors/{id}", DemoData.DONOR_COMPANY).then()
                .statusCode(200)
                .body("details.assemblyLevel", equalTo("COUNTY"))
                .body("details.provinceCode", equalTo("26"));
        // the endowment's fund keeps its intention; another trustee may not correct the endowment
        String fundEtag = as(DemoUsers.COORDINATOR_HORMOZGAN_AWQAF).get("/api/funds/{id}", DemoData.FUND_ORPHANS).then()
                .extract().header("ETag");
        as(DemoUsers.COORDINATOR_HORMOZGAN_AWQAF).header("If-Match", fundEtag).body(Map.of("nameFa", "نام دیگر"))
                .put("/api/funds/{id}", DemoData.FUND_ORPHANS).then().statusCode(409);
        as(DemoUsers.COORDINATOR_HORMOZGAN_WELFARE).header("If-Match", "*")
                .body(Map.of("endowerName", "دیگری", "endowedAsset", "دیگر"))
                .put("/api/endowments/{id}", DemoData.ENDOWMENT_ORPHANS).then().statusCode(403);
    }

    @Test
    void othersCannotManageWhatIsNotTheirs() {
        // an auditor reads but writes nothing
        as(DemoUsers.AUDITOR).body(Map.of("kind", "GENERAL", "nameFa", "x")).post("/api/funds").then().statusCode(403);
        as(DemoUsers.AUDITOR).get("/api/funds/{id}/reconciliation", DemoData.FUND_DISABILITY).then().statusCode(200)
                .body("reconciles", equalTo(true));
        // the welfare organisation may not register an endowment with the Awqaf as trustee, nor credit its fund
        as(DemoUsers.COORDINATOR_HORMOZGAN_WELFARE).body(Map.of("endowerName", "الف", "deedNumber", "x-1", "endowedAsset", "ب",
                        "trusteeOrganizationId", DemoUsers.ORG_ENDOWMENTS_HORMOZGAN.toString(),
                        "intention", Map.of(), "intentionFa", "نیت"))
                .post("/api/endowments").then().statusCode(403);
        as(DemoUsers.COORDINATOR_HORMOZGAN_WELFARE).body(Map.of("fundId", DemoData.FUND_DISABILITY.toString(),
                        "kind", "ENDOWMENT_INCOME", "amountRials", 1_000))
                .post("/api/donations").then().statusCode(403);
        // the provider's staff read the allocations it provides with, not others'
        as(DemoUsers.OFFICER_HORMOZGAN_WELFARE).get("/api/allocations/{id}", DemoData.ALLOCATION_CRISIS).then().statusCode(200);
        as(DemoUsers.OFFICER_QAZVIN_RELIEF).get("/api/allocations/{id}", DemoData.ALLOCATION_CRISIS).then().statusCode(404);
        // everyone signed in reads funds and endowments (where a donor may give)
        as(DemoUsers.DONOR_MARYAM).get("/api/endowments/{id}", DemoData.ENDOWMENT_ORPHANS).then().statusCode(200)
                .body("intention.beneficiaryCategories", equalTo(List.of("ORPHAN")));
        RestAssured.given().get("/api/funds").then().statusCode(401);
    }

    @Test
    void aCrisisFundUpdatedWithoutProvincesIs400AndUnchanged() {
        // the database holds a crisis fund to its provinces; the update says so before, as the opening does
        String coordinator = DemoUsers.COORDINATOR_DONORS_ASSEMBLY;
        String etag = as(coordinator).get("/api/funds/{id}", DemoData.FUND_CRISIS).then().statusCode(200).extract().header("ETag");
        as(coordinator).header("If-Match", etag)
                .body(Map.of("nameFa", "صندوق بحران", "restrictions", Map.of("aidCategories", List.of("DOWRY"))))
                .put("/api/funds/{id}", DemoData.FUND_CRISIS).then().statusCode(400)
                .body("type", equalTo("urn:hamyar:problem:validation-failed"))
                .body("errors.field", hasItem("restrictions.provinces"));
        as(coordinator).header("If-Match", etag).body(Map.of("nameFa", "صندوق بحران"))
                .put("/api/funds/{id}", DemoData.FUND_CRISIS).then().statusCode(400)
                .body("errors.field", hasItem("restrictions.provinces"));
        as(coordinator).get("/api/funds/{id}", DemoData.FUND_CRISIS).then().statusCode(200).header("ETag", equalTo(etag));
    }

    @Test
    void badInputIs400NamingEveryField() {
        as(DemoUsers.COORDINATOR_DONORS_ASSEMBLY).body(Map.of("kind", "PERSON", "identifier", "1234567890",
                        "details", Map.of("nameFa", "", "provinceCode", "99",
                                "assemblyOrganizationId", DemoUsers.ORG_DONORS_ASSEMBLY.toString())))
                .post("/api/donors").then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("urn:hamyar:problem:validation-failed"))
                .body("errors.field", hasItems("identifier", "details.nameFa", "details.provinceCode", "details.assemblyLevel"));
        as(DemoUsers.COORDINATOR_DONORS_ASSEMBLY).body(Map.of("fundId", DemoData.FUND_CRISIS.toString(), "amountRials", -5,
                        "beneficiaryCategory", "ORPHAN", "provinceCode", "99",
                        "providerOrganizationId", DemoData.WELFARE_HORMOZGAN.toString()))
                .post("/api/allocations").then().statusCode(400)
                .body("errors.field", hasItems("amountRials", "aidCategory", "provinceCode"));
        as(DemoUsers.COORDINATOR_DONORS_ASSEMBLY).body(Map.of("fundId", DemoData.FUND_CRISIS.toString(),
                        "donorId", DemoData.DONOR_REZA.toString(), "kind", "CASH", "amountRials", 1_000_000_000_000_001L))
                .post("/api/donations").then().statusCode(400)
                .body("errors.field", hasItem("amountRials"));
        as(DemoUsers.COORDINATOR_DONORS_ASSEMBLY).body("{\"fundId\": \"x\", \"amountRials\": 1.5}")
                .post("/api/donations").then().statusCode(400);
        as(DemoUsers.AUDITOR).queryParam("kind", "nothing").queryParam("owner", "42").get("/api/funds").then().statusCode(400)
                .body("type", equalTo("urn:hamyar:problem:invalid-parameter"))
                .body("errors.field", hasItems("kind", "owner"));
    }
}
