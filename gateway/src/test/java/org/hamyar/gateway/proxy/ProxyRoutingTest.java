package org.hamyar.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.hamyar.gateway.routing.DownstreamService;
import org.hamyar.gateway.testing.StubService;
import org.hamyar.gateway.testing.StubService.Received;
import org.hamyar.gateway.testing.StubServices;
import org.hamyar.gateway.testing.Tokens;
import org.hamyar.infrastructure.testing.DemoUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The proxy with real Keycloak tokens, in front of stub services that echo what reached them. */
@QuarkusTest
class ProxyRoutingTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @TestHTTPResource("/")
    URL gateway;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static RequestSpecification asCoordinator() {
        return given().auth().oauth2(Tokens.of(DemoUsers.COORDINATOR_QAZVIN_RELIEF));
    }

    @ParameterizedTest
    @CsvSource({
            "/api/organizations, AGREEMENTS", "/api/agreements/7, AGREEMENTS", "/api/calendar, AGREEMENTS",
            "/api/persons, BENEFICIARIES", "/api/households/3, BENEFICIARIES", "/api/enrolments, BENEFICIARIES",
            "/api/aid, BENEFICIARIES", "/api/aid-checks, BENEFICIARIES", "/api/duplicates, BENEFICIARIES",
            "/api/referrals, BENEFICIARIES", "/api/imports, BENEFICIARIES", "/api/overlaps, BENEFICIARIES",
            "/api/audit, BENEFICIARIES",
            "/api/donors, DONORS", "/api/endowments, DONORS", "/api/funds/9/ledger, DONORS", "/api/donations, DONORS",
            "/api/allocations, DONORS"})
    void eachPrefixReachesItsServiceWithPathAndQuery(String path, DownstreamService service) {
        StubService stub = StubServices.stub(service);
        int before = stub.count();

        asCoordinator()
                .queryParam("page", 2)
                .queryParam("q", "محمد رضایی")
                .when().get(path)
                .then().statusCode(200)
                .header("X-Stub-Service", service.serviceName())
                .body("service", equalTo(service.serviceName()))
                .body("method", equalTo("GET"))
                .body("path", equalTo(path))
                .body("query", containsString("page=2"));

        assertThat(stub.count()).isEqualTo(before + 1);
        assertThat(stub.last().uri()).startsWith(path + "?").contains("page=2");
    }

    @Test
    void methodBodyAndTheCallersHeadersArriveAsSent() {
        String token = Tokens.of(DemoUsers.OFFICER_QAZVIN_RELIEF);
        String body = "{\"nationalCode\":\"۰۰۶۰۰۶۱۰۰۳\",\"firstName\":\"زهرا\"}";

        given().auth().oauth2(token)
                .contentType(ContentType.JSON)
                .header("Accept-Language", "fa")
                .header("If-Match", "\"4\"")
                .header("Idempotency-Key", "key-1")
                .body(body.getBytes(StandardCharsets.UTF_8))
                .when().put("/api/persons/11?notify=true")
                .then().statusCode(200)
                .body("method", equalTo("PUT"))
                .body("path", equalTo("/api/persons/11"))
                .body("query", equalTo("notify=true"))
                .body("body", equalTo(body));

        Received received = StubServices.stub(DownstreamService.BENEFICIARIES).last();
        assertThat(received.header("Authorization")).isEqualTo("Bearer " + token);
        assertThat(received.header("Content-Type")).startsWith("application/json");
        assertThat(received.header("Accept-Language")).isEqualTo("fa");
        assertThat(received.header("If-Match")).isEqualTo("\"4\"");
        assertThat(received.header("Idempotency-Key")).isEqualTo("key-1");
    }

    @Test
    void theServiceLearnsWhoCalledThroughForwardedHeadersAndSeesTheGatewaysHost() {
        asCoordinator()
                .header("X-Forwarded-For", "6.6.6.6")
                .when().get("/api/donors")
                .then().statusCode(200);

        Received received = StubServices.stub(DownstreamService.DONORS).last();
        assertThat(received.header("X-Forwarded-For")).as("the caller's claim is replaced").isEqualTo("127.0.0.1");
        assertThat(received.header("X-Forwarded-Proto")).isEqualTo("http");
        assertThat(received.header("X-Forwarded-Host")).isEqualTo(gateway.getHost() + ":" + gateway.getPort());
        assertThat(received.header("Host")).isEqualTo(gateway.getHost() + ":" + gateway.getPort());
    }

    @Test
    void aChunkedBodyIsStreamedThrough() {
        String body = "national_code,name\n0060061003,زهرا\n".repeat(200);

        asCoordinator()
                .contentType("text/csv")
                .body(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)))
                .when().post("/api/imports")
                .then().statusCode(200)
                .body("body", equalTo(body));

        Received received = StubServices.stub(DownstreamService.BENEFICIARIES).last();
        assertThat(received.header("Transfer-Encoding")).isEqualTo("chunked");
    }

    @Test
    void aServicesProblemPassesThroughUntouched() {
        asCoordinator()
                .header("X-Stub-Status", "409")
                .when().post("/api/aid")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hamyar:problem:stub-409"))
                .body("detail", equalTo("answered by beneficiaries-service"));
    }

    @Test
    void aServicesAbsoluteLocationPointsAtTheGatewayAndItsCorsHeadersAreDropped() {
        asCoordinator()
                .contentType(ContentType.JSON)
                .body("{}")
                .when().post("/api/organizations")
                .then().statusCode(200)
                .header("Location", equalTo("http://" + gateway.getHost() + ":" + gateway.getPort() + "/api/organizations/42"))
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aRequestIdIsGeneratedWhenAbsentAndPassedOnToTheService() {
        String id = asCoordinator()
                .when().get("/api/funds")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .extract().header("X-Request-Id");

        assertThat(StubServices.stub(DownstreamService.DONORS).last().header("X-Request-Id")).isEqualTo(id);
    }

    @Test
    void theCallersRequestIdIsEchoedAndPassedOnButAnUnsafeOneReplaced() {
        asCoordinator()
                .header("X-Request-Id", "mobile-7f3a.1")
                .when().get("/api/calendar")
                .then().statusCode(200)
                .header("X-Request-Id", equalTo("mobile-7f3a.1"));
        assertThat(StubServices.stub(DownstreamService.AGREEMENTS).last().header("X-Request-Id")).isEqualTo("mobile-7f3a.1");

        asCoordinator()
                .header("X-Request-Id", "bad id\r\nX-Injected: 1")
                .when().get("/api/calendar")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID_PATTERN));
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413BeforeReachingTheService() {
        StubService beneficiaries = StubServices.stub(DownstreamService.BENEFICIARIES);
        long before = beneficiaries.apiCount();
        byte[] tooLarge = new byte[1024 * 1024 + 1];

        asCoordinator()
                .contentType(ContentType.JSON)
                .body(tooLarge)
                .when().post("/api/persons")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .header("X-Request-Id", not(nullValue()))
                .body("type", equalTo("urn:hamyar:problem:payload-too-large"))
                .body("maxBytes", equalTo(1024 * 1024));

        assertThat(beneficiaries.apiCount()).isEqualTo(before);
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413Too() {
        byte[] tooLarge = new byte[1024 * 1024 + 4096];

        asCoordinator()
                .contentType(ContentType.JSON)
                .body(new ByteArrayInputStream(tooLarge))
                .when().post("/api/households")
                .then().statusCode(413)
                .body("type", equalTo("urn:hamyar:problem:payload-too-large"));
    }

    @Test
    void importsAcceptLargerUploads() {
        byte[] csv = "0060061003,زهرا\n".repeat(100_000).getBytes(StandardCharsets.UTF_8);
        assertThat(csv.length).isGreaterThan(1024 * 1024);

        asCoordinator()
                .contentType("text/csv")
                .body(csv)
                .when().post("/api/imports")
                .then().statusCode(200)
                .body("path", equalTo("/api/imports"));
    }

    @Test
    void anUnknownApiPathIsA404Problem() {
        asCoordinator()
                .when().get("/api/unknown/1")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .header("X-Request-Id", not(nullValue()))
                .body("type", equalTo("urn:hamyar:problem:not-found"))
                .body("instance", endsWith("/api/unknown/1"));
    }

    @Test
    void aHeadRequestGetsTheHeadersOnly() {
        asCoordinator()
                .when().head("/api/donations")
                .then().statusCode(200)
                .header("X-Stub-Service", startsWith("donors-service"));
    }
}
