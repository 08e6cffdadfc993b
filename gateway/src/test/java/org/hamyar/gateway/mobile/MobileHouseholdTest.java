package org.hamyar.gateway.mobile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.hamyar.gateway.routing.DownstreamService;
import org.hamyar.gateway.testing.MobileFixtures;
import org.hamyar.gateway.testing.StubService;
import org.hamyar.gateway.testing.StubServices;
import org.hamyar.gateway.testing.Tokens;
import org.hamyar.infrastructure.testing.DemoUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * {@code GET /api/mobile/households/{id}}: the household and its aid from the beneficiaries stub,
 * each aid's funding from the donors stub in one call, with the caller's token; a service that is
 * down or slow leaves its part missing and the answer a 200.
 */
@QuarkusTest
class MobileHouseholdTest {

    private static final String PATH = "/api/mobile/households/{id}";

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void theHouseholdItsAidAndWhatPaidForEach() {
        String token = Tokens.of(DemoUsers.OFFICER_HORMOZGAN_WELFARE);
        StubService donors = StubServices.stub(DownstreamService.DONORS);
        long fundingCallsBefore = fundingCalls(donors);

        given().auth().oauth2(token).header("X-Request-Id", "household-1")
                .when().get(PATH, MobileFixtures.HOUSEHOLD)
                .then().statusCode(200)
                .body("householdId", equalTo(MobileFixtures.HOUSEHOLD))
                .body("household.id", equalTo(MobileFixtures.HOUSEHOLD))
                .body("household.registeredAtJalali", equalTo("1405-08-29"))
                .body("aidTotal", equalTo(2))
                .body("aid.aid.id", contains(MobileFixtures.AID_FUNDED, MobileFixtures.AID_UNFUNDED))
                .body("aid[0].funding.fundKind", contains("ENDOWMENT_INCOME"))
                .body("aid[0].funding.amountRials", contains(30_000_000))
                .body("aid[0].funding.endowment.deedNumber", contains("1403/77"))
                .body("aid[1].funding", empty())
                .body("partial", equalTo(false))
                .body("missing", empty());

        // one batch call for the page's funding, with both aid ids, the caller's token and request id
        assertThat(fundingCalls(donors)).isEqualTo(fundingCallsBefore + 1);
        StubService.Received funding = donors.received().stream()
                .filter(request -> request.uri().startsWith("/api/allocations/funding")).reduce((a, b) -> b).orElseThrow();
        assertThat(funding.uri()).isEqualTo("/api/allocations/funding?aid=" + MobileFixtures.AID_FUNDED
                + "&aid=" + MobileFixtures.AID_UNFUNDED);
        assertThat(funding.header("Authorization")).isEqualTo("Bearer " + token);
        assertThat(funding.header("X-Request-Id")).isEqualTo("household-1");
        List<StubService.Received> beneficiaries = StubServices.stub(DownstreamService.BENEFICIARIES).received().stream()
                .filter(request -> "household-1".equals(request.header("X-Request-Id"))).toList();
        assertThat(beneficiaries).extracting(StubService.Received::uri).containsExactlyInAnyOrder(
                "/api/households/" + MobileFixtures.HOUSEHOLD,
                "/api/households/" + MobileFixtures.HOUSEHOLD + "/aid?page=0&size=100");
        assertThat(beneficiaries).extracting(request -> request.header("Authorization")).containsOnly("Bearer " + token);
    }

    @Test
    void aHouseholdTheCallerMayNotSeeIsTheServicesOwn404AndAsksNoFunding() {
        StubService donors = StubServices.stub(DownstreamService.DONORS);
        long fundingCallsBefore = fundingCalls(donors);
        given().auth().oauth2(Tokens.of(DemoUsers.OFFICER_QAZVIN_RELIEF))
                .when().get(PATH, "0b000000-0000-4000-8000-0000000000ff")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hamyar:problem:not-found"));
        assertThat(fundingCalls(donors)).isEqualTo(fundingCallsBefore);
    }

    @Test
    void onlyFieldStaffAndAuditorsAskAndTheIdMustBeAUuid() {
        given().auth().oauth2(Tokens.of(DemoUsers.DONOR_REZA))
                .when().get(PATH, MobileFixtures.HOUSEHOLD)
                .then().statusCode(403);
        given().auth().oauth2(Tokens.of(DemoUsers.OFFICER_HORMOZGAN_WELFARE))
                .when().get(PATH, "not-a-household")
                .then().statusCode(400)
                .contentType("application/problem+json");
        given().when().get(PATH, MobileFixtures.HOUSEHOLD).then().statusCode(401);
    }

    @Test
    void aDonorsServiceThatIsDownLeavesOnlyTheFundingMissing() {
        StubService donors = StubServices.stub(DownstreamService.DONORS);
        donors.stop();
        try {
            given().auth().oauth2(Tokens.of(DemoUsers.OFFICER_HORMOZGAN_WELFARE))
                    .when().get(PATH, MobileFixtures.HOUSEHOLD)
                    .then().statusCode(200)
                    .body("household.id", equalTo(MobileFixtures.HOUSEHOLD))
                    .body("aid.aid.id", contains(MobileFixtures.AID_FUNDED, MobileFixtures.AID_UNFUNDED))
                    .body("aid[0].funding", nullValue())
                    .body("aid[1].funding", nullValue())
                    .body("partial", equalTo(true))
                    .body("missing", contains("funding"));
        } finally {
            donors.start();
        }
        awaitComplete(MobileFixtures.HOUSEHOLD);
    }

    @Test
    void aSlowDonorsServiceGivesAPartialAnswerInsteadOfAHang() {
        // the donors stub answers this household's funding after 5 s; the test profile's views wait 1 s
        given().auth().oauth2(Tokens.of(DemoUsers.OFFICER_HORMOZGAN_WELFARE))
                .when().get(PATH, MobileFixtures.HOUSEHOLD_SLOW_FUNDING)
                .then().statusCode(200)
                .time(lessThan(4000L))
                .body("aid.aid.id", contains(MobileFixtures.AID_SLOW_FUNDING))
                .body("aid[0].funding", nullValue())
                .body("partial", equalTo(true))
                .body("missing", contains("funding"));
        awaitComplete(MobileFixtures.HOUSEHOLD);
    }

    @Test
    void aBeneficiariesServiceThatIsDownGivesA200NamingEveryMissingPart() {
        StubService beneficiaries = StubServices.stub(DownstreamService.BENEFICIARIES);
        beneficiaries.stop();
        try {
            given().auth().oauth2(Tokens.of(DemoUsers.AUDITOR))
                    .when().get(PATH, MobileFixtures.HOUSEHOLD)
                    .then().statusCode(200)
                    .body("householdId", equalTo(MobileFixtures.HOUSEHOLD))
                    .body("household", nullValue())
                    .body("aid", empty())
                    .body("aidTotal", nullValue())
                    .body("partial", equalTo(true))
                    .body("missing", contains("household", "aid", "funding"));
        } finally {
            beneficiaries.start();
        }
        awaitComplete(MobileFixtures.HOUSEHOLD);
    }

    private static long fundingCalls(StubService donors) {
        return donors.received().stream().filter(request -> request.uri().startsWith("/api/allocations/funding")).count();
    }

    /** Until the restarted stub's breaker has closed again, so later tests start from a healthy gateway. */
    private static void awaitComplete(String household) {
        await().atMost(15, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of(DemoUsers.OFFICER_HORMOZGAN_WELFARE))
                        .when().get(PATH, household)
                        .then().body("partial", equalTo(false)));
    }
}
