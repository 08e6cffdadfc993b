package org.hamyar.donors.money;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hamyar.donors.demo.DemoData;
import org.hamyar.infrastructure.testing.DemoUsers;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamyar.donors.testing.Users.as;

/** The seeds' money loads once, reconciles, and the Shamim Khedmat programme pays only its agreement's parties. */
@QuarkusTest
class DemoMoneyTest {

    @Inject
    DemoData demo;

    @Test
    void theSeedsMoneyLoadsOnceAndReconciles() {
        demo.load();
        assertThat(demo.load()).isFalse();
        for (UUID fund : List.of(DemoData.FUND_DISABILITY, DemoData.FUND_ORPHANS, DemoData.FUND_SHAMIM,
                DemoData.FUND_CRISIS, DemoData.FUND_GENERAL)) {
            as(DemoUsers.AUDITOR).get("/api/funds/{id}/reconciliation", fund).then().statusCode(200)
                    .body("reconciles", equalTo(true))
                    .body("checks.holds", everyItem(equalTo(true)));
        }
        as(DemoUsers.AUDITOR).get("/api/funds/{id}", DemoData.FUND_DISABILITY).then()
                .body("kind", equalTo("ENDOWMENT_INCOME"))
                .body("endowmentId", equalTo(DemoData.ENDOWMENT_DISABILITY.toString()))
                .body("restrictions.beneficiaryCategories", equalTo(List.of("DISABILITY")))
                .body("balances.availableRials", equalTo(1_050_000_000))
                .body("balances.reservedRials", equalTo(150_000_000));
        // the pledge is not money yet; the sadaqa is
        as(DemoUsers.AUDITOR).get("/api/funds/{id}", DemoData.FUND_GENERAL).then().body("balances.cashRials", equalTo(50_000_000));
        as(DemoUsers.AUDITOR).queryParam("owner", DemoUsers.ORG_DONORS_ASSEMBLY.toString()).get("/api/funds").then()
                .statusCode(200)
                .body("items.id", hasItems(DemoData.FUND_CRISIS.toString(), DemoData.FUND_GENERAL.toString()));
        as(DemoUsers.COORDINATOR_HORMOZGAN_AWQAF).queryParam("trustee", DemoUsers.ORG_ENDOWMENTS_HORMOZGAN.toString())
                .get("/api/endowments").then().statusCode(200)
                .body("items.id", hasItems(DemoData.ENDOWMENT_DISABILITY.toString(), DemoData.ENDOWMENT_ORPHANS.toString()));
    }

    @Test
    void theProgrammeFundPaysOnlyItsAgreementsParties() {
        demo.load();
        // the Qazvin relief committee is no party to the Hormozgan agreement, and housing is outside its scope
        as(DemoUsers.COORDINATOR_HORMOZGAN_AWQAF).body(org.hamyar.donors.testing.Users.allocation(DemoData.FUND_SHAMIM,
                        1_000_000L, "HOUSING", "DISABILITY", "22", DemoUsers.ORG_RELIEF_COMMITTEE_QAZVIN))
                .post("/api/allocations").then().statusCode(422)
                .body("type", equalTo("urn:hamyar:problem:restriction-violated"))
                .body("clauses", containsInAnyOrder("parties", "agreement.aidCategories"));
        as(DemoUsers.COORDINATOR_HORMOZGAN_AWQAF).body(org.hamyar.donors.testing.Users.allocation(DemoData.FUND_SHAMIM,
                        1_000_000L, "EMPLOYMENT_LOAN", "UNEMPLOYED", "22", DemoUsers.ORG_WELFARE_HORMOZGAN))
                .post("/api/allocations").then().statusCode(201);
    }
}
