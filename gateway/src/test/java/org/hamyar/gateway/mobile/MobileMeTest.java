package org.hamyar.gateway.mobile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
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

import static org.awaitility.Awaitility.await;

/** {@code GET /api/mobile/me}: real tokens, the organisation from the agreements stub. */
@QuarkusTest
class MobileMeTest {

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void theSignedInUserWithRolesAndOrganisation() {
        String token = Tokens.of(DemoUsers.COORDINATOR_QAZVIN_RELIEF);
        String organization = DemoUsers.ORG_RELIEF_COMMITTEE_QAZVIN.toString();

        given().auth().oauth2(token)
                .header("X-Request-Id", "me-1")
                .when().get("/api/mobile/me")
                .then().statusCode(200)
                .body("username", equalTo(DemoUsers.COORDINATOR_QAZVIN_RELIEF))
                .body("roles", contains("coordinator"))
                .body("organizationId", equalTo(organization))
                .body("organization.id", equalTo(organization))
                .body("organization.nameFa", equalTo("کمیته امداد امام خمینی (ره) استان قزوین"))
                .body("organization.type", equalTo("RELIEF_COMMITTEE"))
                .body("organization.provinceCode", equalTo("26"))
                .body("organization.nationalId", nullValue())
                .body("partial", equalTo(false))
                .body("missing", empty());

        StubService.Received asked = StubServices.stub(DownstreamService.AGREEMENTS).last();
        assertThat(asked.uri()).isEqualTo("/api/organizations/" + organization);
        assertThat(asked.header("Authorization")).as("the caller's own token").isEqualTo("Bearer " + token);
        assertThat(asked.header("X-Request-Id")).isEqualTo("me-1");
    }

    @Test
    void aSlowAgreementsServiceGivesAPartialAnswerInsteadOfAHang() {
        // the stub answers for organisation 06 after 5 s; the test profile's views wait 1 s
        given().auth().oauth2(Tokens.of(DemoUsers.COORDINATOR_QAZVIN_RURAL))
                .when().get("/api/mobile/me")
                .then().statusCode(200)
                .time(lessThan(4000L))
                .body("username", equalTo(DemoUsers.COORDINATOR_QAZVIN_RURAL))
                .body("roles", contains("coordinator"))
                .body("organizationId", equalTo(DemoUsers.ORG_RURAL_AFFAIRS_QAZVIN.toString()))
                .body("organization", nullValue())
                .body("partial", equalTo(true))
                .body("missing", contains("agreements-service"));
    }

    @Test
    void anAgreementsServiceThatIsDownGivesAPartialAnswer() {
        StubService agreements = StubServices.stub(DownstreamService.AGREEMENTS);
        agreements.stop();
        try {
            given().auth().oauth2(Tokens.of(DemoUsers.OFFICER_QAZVIN_RELIEF))
                    .when().get("/api/mobile/me")
                    .then().statusCode(200)
                    .body("roles", contains("officer"))
                    .body("organization", nullValue())
                    .body("partial", equalTo(true))
                    .body("missing", contains("agreements-service"));
        } finally {
            agreements.start();
        }
        await().atMost(10, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().auth().oauth2(Tokens.of(DemoUsers.OFFICER_QAZVIN_RELIEF))
                        .when().get("/api/mobile/me")
                        .then().body("partial", equalTo(false)));
    }

    @Test
    void anOrganisationAgreementsDoesNotKnowIsNoMissingPart() {
        given().auth().oauth2(Tokens.of(DemoUsers.DONOR_REZA))
                .when().get("/api/mobile/me")
                .then().statusCode(200)
                .body("roles", contains("donor"))
                .body("organizationId", equalTo(DemoUsers.ORG_DONORS_ASSEMBLY.toString()))
                .body("organization", nullValue())
                .body("partial", equalTo(false));
    }
}
