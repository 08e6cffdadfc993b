package org.hamyar.donors.aid.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.hamyar.donors.aid.service.GrantedAidService;
import org.hamyar.donors.testing.Aid;
import org.hamyar.events.beneficiaries.AidGranted;
import org.hamyar.infrastructure.testing.DemoUsers;
import org.hamyar.infrastructure.testing.KeycloakTestResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

/**
 * The granted-aid API with real access tokens of the realm {@code hamyar}: roles and the {@code org}
 * claim exactly as Keycloak issues them to the demo users.
 */
@QuarkusTest
class GrantedAidKeycloakTest {

    private static final String PATH = "/api/allocations/granted-aid";

    @Inject
    GrantedAidService service;

    private AidGranted reliefFoodBasket;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void recordAidOfTheQazvinReliefCommittee() {
        reliefFoodBasket = Aid.foodBasket(DemoUsers.ORG_RELIEF_COMMITTEE_QAZVIN);
        QuarkusTransaction.requiringNew().run(() -> service.recordGrant(reliefFoodBasket, UUID.randomUUID()));
    }

    @Test
    void theProvidersCoordinatorReadsTheAid() {
        as(DemoUsers.COORDINATOR_QAZVIN_RELIEF).get(PATH + "/{id}", reliefFoodBasket.aidId()).then().statusCode(200)
                .body("aidId", equalTo(reliefFoodBasket.aidId().toString()))
                .body("providerOrganizationId", equalTo(DemoUsers.ORG_RELIEF_COMMITTEE_QAZVIN.toString()));
        as(DemoUsers.COORDINATOR_QAZVIN_RELIEF).get(PATH).then().statusCode(200)
                .body("items.providerOrganizationId", everyItem(equalTo(DemoUsers.ORG_RELIEF_COMMITTEE_QAZVIN.toString())));
    }

    @Test
    void aCoordinatorOfAnotherOrganisationGets404() {
        as(DemoUsers.COORDINATOR_QAZVIN_RURAL).get(PATH + "/{id}", reliefFoodBasket.aidId()).then().statusCode(404)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void auditorsAndAdminsReadTheWholeNetwork() {
        for (String user : new String[] {DemoUsers.AUDITOR, DemoUsers.AUDITOR_MINISTRY, DemoUsers.ADMIN}) {
            as(user).get(PATH + "/{id}", reliefFoodBasket.aidId()).then().statusCode(200)
                    .body("category", equalTo("FOOD_BASKET"));
        }
    }

    @Test
    void aDonorAndAnOfficerGet403() {
        as(DemoUsers.DONOR_REZA).get(PATH + "/{id}", reliefFoodBasket.aidId()).then().statusCode(403);
        as(DemoUsers.OFFICER_QAZVIN_RELIEF).get(PATH).then().statusCode(403);
    }

    @Test
    void noTokenOrAForgedOneGets401() {
        given().get(PATH + "/{id}", reliefFoodBasket.aidId()).then().statusCode(401);
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJmb3JnZWQifQ.c2lnbmF0dXJl")
                .get(PATH + "/{id}", reliefFoodBasket.aidId()).then().statusCode(401);
    }

    private static RequestSpecification as(String username) {
        return given().auth().oauth2(KeycloakTestResource.keycloak().token(username, DemoUsers.PASSWORD));
    }
}
