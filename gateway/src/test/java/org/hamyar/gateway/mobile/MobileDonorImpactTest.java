package org.hamyar.gateway.mobile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.hamyar.gateway.routing.DownstreamService;
import org.hamyar.gateway.testing.StubService;
import org.hamyar.gateway.testing.StubServices;
import org.hamyar.gateway.testing.Tokens;
import org.hamyar.infrastructure.testing.DemoUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** {@code GET /api/mobile/me/impact}: the signed-in donor's statement from the donors stub, with totals. */
@QuarkusTest
class MobileDonorImpactTest {

    private static final String PATH = "/api/mobile/me/impact";

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void theDonorsStatementWithTotalsPerProvinceAndCategory() {
        String token = Tokens.of(DemoUsers.DONOR_REZA);
        given().auth().oauth2(token).header("X-Request-Id", "impact-1")
                .when().get(PATH)
                .then().statusCode(200)
                .body("statement.donorId", equalTo("d0000000-0000-4000-8000-000000000001"))
                .body("statement.generatedAtJalali", equalTo("1405-09-08"))
                .body("statement.lines.size()", equalTo(3))
                .body("totals.givenRials", equalTo(50_000_000))
                .body("totals.spentRials", equalTo(18_000_000))
                .body("totals.reservedRials", equalTo(2_000_000))
                .body("totals.byProvince.key", contains("22", "26"))
                .body("totals.byProvince.spentRials", contains(17_000_000, 1_000_000))
                .body("totals.byCategory.key", contains("EDUCATION_SUPPORT", "FOOD_BASKET"))
                .body("totals.byCategory.reservedRials", contains(0, 2_000_000))
                .body("partial", equalTo(false))
                .body("missing", empty());

        StubService.Received asked = StubServices.stub(DownstreamService.DONORS).last();
        assertThat(asked.uri()).isEqualTo("/api/donors/me/statement");
        assertThat(asked.header("Authorization")).isEqualTo("Bearer " + token);
        assertThat(asked.header("X-Request-Id")).isEqualTo("impact-1");
    }

    @Test
    void aDonorUserWithoutADonorRecordGetsTheServicesOwn404() {
        given().auth().oauth2(Tokens.of(DemoUsers.DONOR_MARYAM))
                .when().get(PATH)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hamyar:problem:donor-not-linked"));
    }

    @Test
    void onlyDonorUsersAsk() {
        given().auth().oauth2(Tokens.of(DemoUsers.COORDINATOR_DONORS_ASSEMBLY))
                .when().get(PATH)
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aDonorsServiceThatIsDownGivesAPartialAnswer() {
        StubService donors = StubServices.stub(DownstreamService.DONORS);
        donors.stop();
        try {
            given().auth().oauth2(Tokens.of(DemoUsers.DONOR_REZA))
                    .when().get(PATH)
                    .then().statusCode(200)
                    .body("statement", nullValue())
                    .body("totals", nullValue())
                    .body("partial", equalTo(true))
                    .body("missing", contains("statement"));
        } finally {
            donors.start();
        }
        await().atMost(15, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of(DemoUsers.DONOR_REZA))
                        .when().get(PATH)
                        .then().body("partial", equalTo(false)));
    }
}
