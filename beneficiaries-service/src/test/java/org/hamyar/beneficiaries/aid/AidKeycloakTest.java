package org.hamyar.beneficiaries.aid;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.hamyar.beneficiaries.testing.AgreementsTopic;
import org.hamyar.beneficiaries.testing.Arrange;
import org.hamyar.beneficiaries.testing.Bodies;
import org.hamyar.beneficiaries.testing.NationalCodes;
import org.hamyar.infrastructure.KeycloakServer;
import org.hamyar.infrastructure.testing.DemoUsers;
import org.hamyar.infrastructure.testing.KeycloakTestResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The slice with real Keycloak tokens (realm {@code hamyar}, demo users and users made for fresh
 * organisations): roles and the {@code org} claim as Keycloak writes them, and two agencies
 * granting conflicting aid at the same moment.
 */
@QuarkusTest
class AidKeycloakTest {

    @Inject
    Arrange arrange;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static RequestSpecification as(String username) {
        return given().auth().oauth2(KeycloakTestResource.keycloak().token(username, DemoUsers.PASSWORD))
                .contentType(ContentType.JSON);
    }

    @Test
    void realTokensCarryRoleAndOrganisation() {
        given().contentType(ContentType.JSON).body(Bodies.household(NationalCodes.random()))
                .when().post("/api/households").then().statusCode(401);
        given().auth().oauth2("not-a-token").when().get("/api/households/" + UUID.randomUUID()).then().statusCode(401);

        as(DemoUsers.OFFICER_QAZVIN_RELIEF).body(Bodies.household("0684159415"))
                .when().post("/api/households")
                .then().statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem("head.nationalCode"));

        String household = as(DemoUsers.OFFICER_QAZVIN_RELIEF).body(Bodies.household(NationalCodes.random()))
                .when().post("/api/households")
                .then().statusCode(201).extract().path("id");
        String aid = as(DemoUsers.OFFICER_QAZVIN_RELIEF)
                .body(Bodies.aid(UUID.fromString(household), "FOOD_BASKET", 25_000_000L, LocalDate.now()))
                .when().post("/api/aid")
                .then().statusCode(201)
                .body("providerOrganizationId", equalTo(DemoUsers.ORG_RELIEF_COMMITTEE_QAZVIN.toString()))
                .extract().path("id");

        as(DemoUsers.DONOR_REZA).when().get("/api/aid/" + aid).then().statusCode(403);
        as(DemoUsers.AUDITOR).body(Bodies.aid(UUID.fromString(household), "CASH_GRANT", 1L, LocalDate.now()))
                .when().post("/api/aid").then().statusCode(403);
        as(DemoUsers.AUDITOR).when().get("/api/aid/" + aid).then().statusCode(200);
        // an officer of an organisation that neither serves the household nor shares data with one that does
        as(DemoUsers.OFFICER_HORMOZGAN_WELFARE).when().get("/api/households/" + household).then().statusCode(404);
    }

    @Test
    void twoAgenciesGrantingConflictingAidAtTheSameMomentOneSucceeds() throws Exception {
        UUID relief = UUID.randomUUID();
        UUID welfare = UUID.randomUUID();
        String suffix = relief.toString().substring(0, 8);
        KeycloakServer keycloak = KeycloakTestResource.keycloak();
        keycloak.createUser("race.relief." + suffix, DemoUsers.PASSWORD, relief, "officer");
        keycloak.createUser("race.welfare." + suffix, DemoUsers.PASSWORD, welfare, "officer");
        String reliefToken = keycloak.token("race.relief." + suffix, DemoUsers.PASSWORD);
        String welfareToken = keycloak.token("race.welfare." + suffix, DemoUsers.PASSWORD);
        arrange.agreement(relief, welfare, true, AgreementsTopic.blocking("FOOD_BASKET"));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String head = NationalCodes.random();
                String household = given().auth().oauth2(reliefToken).contentType(ContentType.JSON)
                        .body(Bodies.household(head)).when().post("/api/households")
                        .then().statusCode(201).extract().path("id");
                given().auth().oauth2(welfareToken).contentType(ContentType.JSON)
                        .body(Bodies.household(head)).when().post("/api/households")
                        // its first registration: 201, the same household id, its own version
                        .then().statusCode(201).body("id", org.hamcrest.Matchers.equalTo(household));

                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (String token : List.of(reliefToken, welfareToken)) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return given().auth().oauth2(token).contentType(ContentType.JSON)
                                .body(Bodies.aid(UUID.fromString(household), "FOOD_BASKET", 25_000_000L, LocalDate.now()))
                                .when().post("/api/aid")
                                .then().extract().statusCode();
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> answer : answers) {
                    statuses.add(answer.get());
                }
                assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(201, 409);
                assertThat(arrange.database().count(
                        "select count(*) from aid where household_id = ? and category = 'FOOD_BASKET'",
                        UUID.fromString(household))).isOne();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
