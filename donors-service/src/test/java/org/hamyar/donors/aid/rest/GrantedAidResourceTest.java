package org.hamyar.donors.aid.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.hamyar.donors.aid.service.GrantedAidService;
import org.hamyar.donors.testing.Aid;
import org.hamyar.events.beneficiaries.AidGranted;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * Who reads which granted aid, filters, paging and bad parameters. Identities come from
 * {@code @TestSecurity} with an {@code org} claim; {@link GrantedAidKeycloakTest} repeats the
 * essentials with real Keycloak tokens. The rows are recorded as the consumer records them.
 */
@QuarkusTest
class GrantedAidResourceTest {

    /** Organisations of this class only, so that rows of other tests never change its totals. */
    static final String RELIEF = "7e000000-0000-4000-8000-000000000005";
    static final String WELFARE = "7e000000-0000-4000-8000-000000000009";

    private static final String PATH = "/api/allocations/granted-aid";

    @Inject
    GrantedAidService service;

    private AidGranted reliefFoodBasket;
    private AidGranted reliefCashInHormozgan;
    private AidGranted welfareFoodBasket;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void recordAid() {
        reliefFoodBasket = Aid.foodBasket(UUID.fromString(RELIEF));
        reliefCashInHormozgan = Aid.granted(UUID.fromString(RELIEF), "CASH_GRANT", 40_000_000L, "22", null);
        welfareFoodBasket = Aid.foodBasket(UUID.fromString(WELFARE));
        QuarkusTransaction.requiringNew().run(() -> {
            service.recordGrant(reliefFoodBasket, UUID.randomUUID());
            service.recordGrant(reliefCashInHormozgan, UUID.randomUUID());
            service.recordGrant(welfareFoodBasket, UUID.randomUUID());
        });
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void anAuditorReadsAnyOrganisationsAid() {
        given().get(PATH + "/{id}", welfareFoodBasket.aidId()).then().statusCode(200)
                .body("providerOrganizationId", equalTo(WELFARE))
                .body("amountRials", equalTo(25_000_000));
        given().get(PATH + "/{id}", reliefFoodBasket.aidId()).then().statusCode(200)
                .body("providerOrganizationId", equalTo(RELIEF));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anAdminListsTheWholeNetworkFilteredByProvider() {
        given().queryParam("provider", WELFARE).get(PATH).then().statusCode(200)
                .body("items.aidId", hasItem(welfareFoodBasket.aidId().toString()))
                .body("items.providerOrganizationId", everyItem(equalTo(WELFARE)));
    }

    @Test
    @TestSecurity(user = "coordinator.relief", roles = "coordinator")
    @OidcSecurity(claims = @Claim(key = "org", value = RELIEF))
    void aCoordinatorReadsItsOwnOrganisationsAid() {
        given().get(PATH + "/{id}", reliefFoodBasket.aidId()).then().statusCode(200)
                .body("aidId", equalTo(reliefFoodBasket.aidId().toString()))
                .body("category", equalTo("FOOD_BASKET"));
    }

    @Test
    @TestSecurity(user = "coordinator.relief", roles = "coordinator")
    @OidcSecurity(claims = @Claim(key = "org", value = RELIEF))
    void anotherOrganisationsAidDoesNotExistForACoordinator() {
        given().get(PATH + "/{id}", welfareFoodBasket.aidId()).then().statusCode(404)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("urn:hamyar:problem:granted-aid-not-found"))
                .body("status", equalTo(404));
    }

    @Test
    @TestSecurity(user = "coordinator.relief", roles = "coordinator")
    @OidcSecurity(claims = @Claim(key = "org", value = RELIEF))
    void aCoordinatorsListHoldsOnlyItsOwnAid() {
        given().queryParam("size", 200).get(PATH).then().statusCode(200)
                .body("items.providerOrganizationId", everyItem(equalTo(RELIEF)))
                .body("items.aidId", hasItems(reliefFoodBasket.aidId().toString(), reliefCashInHormozgan.aidId().toString()))
                .body("items.aidId", not(hasItem(welfareFoodBasket.aidId().toString())));
        // asking for another provider's aid finds nothing rather than an error that confirms it exists
        given().queryParam("provider", WELFARE).get(PATH).then().statusCode(200)
                .body("items", hasSize(0))
                .body("total", equalTo(0));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void filtersByCategoryAndProvinceTogether() {
        given().queryParam("provider", RELIEF).queryParam("category", "CASH_GRANT").queryParam("province", "22")
                .get(PATH).then().statusCode(200)
                .body("items.aidId", hasItem(reliefCashInHormozgan.aidId().toString()))
                .body("items.category", everyItem(equalTo("CASH_GRANT")))
                .body("items.provinceCode", everyItem(equalTo("22")))
                .body("items.aidId", not(hasItem(reliefFoodBasket.aidId().toString())));
        // a province in Persian digits names the same province
        given().queryParam("provider", RELIEF).queryParam("province", "۲۶").get(PATH).then().statusCode(200)
                .body("items.aidId", hasItem(reliefFoodBasket.aidId().toString()))
                .body("items.provinceCode", everyItem(equalTo("26")));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void pagesNewestFirstWithATotal() {
        UUID provider = UUID.randomUUID();
        AidGranted first = Aid.foodBasket(provider);
        AidGranted second = Aid.granted(provider, "CASH_GRANT", 1L, "26", null);
        AidGranted third = Aid.granted(provider, "CASH_GRANT", 2L, "26", null);
        QuarkusTransaction.requiringNew().run(() -> {
            service.recordGrant(later(first, 0), UUID.randomUUID());
            service.recordGrant(later(second, 1), UUID.randomUUID());
            service.recordGrant(later(third, 2), UUID.randomUUID());
        });

        given().queryParam("provider", provider).queryParam("size", 2).get(PATH).then().statusCode(200)
                .body("total", equalTo(3))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("items.aidId", org.hamcrest.Matchers.contains(third.aidId().toString(), second.aidId().toString()));
        given().queryParam("provider", provider).queryParam("size", 2).queryParam("page", 1).get(PATH).then()
                .statusCode(200)
                .body("items.aidId", org.hamcrest.Matchers.contains(first.aidId().toString()));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void badFiltersAre400NamingEveryField() {
        given().queryParam("provider", "not-a-uuid").queryParam("category", "food basket").queryParam("province", "99")
                .queryParam("size", "twenty")
                .get(PATH).then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("urn:hamyar:problem:invalid-parameter"))
                .body("errors.field", containsInAnyOrder("provider", "category", "province", "size"));
        given().get(PATH + "/{id}", "42").then().statusCode(400)
                .body("type", equalTo("urn:hamyar:problem:invalid-parameter"))
                .body("errors.field", hasItem("aidId"));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void aCategoryIsOneOfTheNetworksInAnyLetterCase() {
        given().queryParam("provider", RELIEF).queryParam("category", "cash-grant").get(PATH).then().statusCode(200)
                .body("items.aidId", hasItem(reliefCashInHormozgan.aidId().toString()))
                .body("items.category", everyItem(equalTo("CASH_GRANT")));
        // a category the network does not have is a mistake to report, not an empty page
        given().queryParam("category", "GOLD_BARS").get(PATH).then().statusCode(400)
                .body("type", equalTo("urn:hamyar:problem:invalid-parameter"))
                .body("errors[0].field", equalTo("category"))
                .body("errors[0].message", containsString("FOOD_BASKET"));
    }

    @Test
    @TestSecurity(user = "coordinator.relief", roles = "coordinator")
    void aCoordinatorsTokenWithoutAnOrganisationIs403() {
        given().get(PATH).then().statusCode(403)
                .body("type", equalTo("urn:hamyar:problem:no-organization"));
        given().get(PATH + "/{id}", reliefFoodBasket.aidId()).then().statusCode(403)
                .body("type", equalTo("urn:hamyar:problem:no-organization"));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void badPagingIs400() {
        given().queryParam("size", 100_000).get(PATH).then().statusCode(400)
                .contentType(containsString("application/problem+json"));
        given().queryParam("page", -1).get(PATH).then().statusCode(400)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void problemsSpeakPersianWhenAskedTo() {
        given().header("Accept-Language", "fa-IR, en;q=0.5").get(PATH + "/{id}", UUID.randomUUID()).then()
                .statusCode(404)
                .body("title", equalTo("کمک اعطاشده یافت نشد"));
    }

    @Test
    @TestSecurity(user = "donor.reza", roles = "donor")
    @OidcSecurity(claims = @Claim(key = "org", value = RELIEF))
    void aDonorIsRefused() {
        given().get(PATH + "/{id}", reliefFoodBasket.aidId()).then().statusCode(403);
        given().get(PATH).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "officer.relief", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = RELIEF))
    void anOfficerIsRefused() {
        given().get(PATH + "/{id}", reliefFoodBasket.aidId()).then().statusCode(403);
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        given().get(PATH).then().statusCode(401);
    }

    private static AidGranted later(AidGranted grant, int seconds) {
        return new AidGranted(grant.aidId(), grant.householdId(), grant.personId(), grant.personHash(),
                grant.category(), grant.amountRials(), grant.quantity(), grant.periodStart(), grant.periodEnd(),
                grant.providerOrganizationId(), grant.agreementId(), grant.allocationId(), grant.provinceCode(),
                grant.county(), grant.rural(), grant.status(), grant.overlapWarnings(),
                grant.grantedAt().plusSeconds(seconds));
    }
}
