package org.hamyar.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.util.List;
import java.util.Map;

import org.hamyar.gateway.testing.ReplicaStubs;
import org.hamyar.gateway.testing.StubService;
import org.hamyar.gateway.testing.Tokens;
import org.hamyar.infrastructure.testing.DemoUsers;
import org.hamyar.infrastructure.testing.KeycloakTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * A service running as several replicas ({@code AGREEMENTS_URL=http://a:8081,http://b:8081}): the
 * gateway sends requests to each in turn, passes over a replica that refuses connections, and
 * points a replica's absolute {@code Location} at itself.
 */
@QuarkusTest
@TestProfile(ReplicasTest.Replicas.class)
class ReplicasTest {

    public static class Replicas implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(KeycloakTestResource.class),
                    new TestResourceEntry(ReplicaStubs.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hamyar.gateway.rate-limit.enabled", "false");
        }
    }

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void requestsGoToEachReplicaInTurn() {
        List<StubService> replicas = ReplicaStubs.agreements();
        long first = replicas.get(0).apiCount();
        long second = replicas.get(1).apiCount();

        for (int i = 0; i < 6; i++) {
            given().auth().oauth2(Tokens.of(DemoUsers.AUDITOR))
                    .when().get("/api/calendar")
                    .then().statusCode(200)
                    .body("service", equalTo("agreements-service"));
        }

        assertThat(replicas.get(0).apiCount() - first).isEqualTo(3);
        assertThat(replicas.get(1).apiCount() - second).isEqualTo(3);
    }

    @Test
    void aReplicaThatRefusesConnectionsCostsNoCallerAnAnswerEvenForAPost() {
        StubService answering = ReplicaStubs.beneficiaries();
        long before = answering.apiCount();

        for (int i = 0; i < 4; i++) {
            given().auth().oauth2(Tokens.of(DemoUsers.COORDINATOR_QAZVIN_RELIEF))
                    .contentType(ContentType.JSON).body("{\"n\":" + i + "}")
                    .when().post("/api/households")
                    .then().statusCode(200)
                    .body("service", equalTo("beneficiaries-service"))
                    .body("body", equalTo("{\"n\":" + i + "}"));
        }

        assertThat(answering.apiCount() - before).as("each POST reached the answering replica once").isEqualTo(4);
    }

    @Test
    void aReplicasAbsoluteLocationPointsAtTheGateway() {
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(Tokens.of(DemoUsers.COORDINATOR_QAZVIN_RELIEF))
                    .contentType(ContentType.JSON).body("{}")
                    .when().post("/api/organizations")
                    .then().statusCode(200)
                    .header("Location", equalTo("http://" + gateway.getHost() + ":" + gateway.getPort()
                            + "/api/organizations/42"));
        }
    }
}
