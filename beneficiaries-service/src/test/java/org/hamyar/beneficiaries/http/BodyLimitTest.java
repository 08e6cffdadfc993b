package org.hamyar.beneficiaries.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.RestAssured;

/**
 * Called directly, not only through the gateway, the service holds bodies to 1 MB on every path
 * but the registry import, which takes up to 20 MB of CSV: 413 problem beyond.
 */
@QuarkusTest
class BodyLimitTest {

    private static final String ORG = "7d000000-0000-4000-8000-0000000000b1";
    private static final int TWO_MB = 2 * 1024 * 1024;

    @TestHTTPResource("/")
    URL service;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    @TestSecurity(user = "officer.body-limit", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = ORG))
    void aJsonBodyOverOneMegabyteIsA413Problem() {
        given().contentType("application/json").body(jsonOf(TWO_MB))
                .when().post("/api/persons")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hamyar:problem:payload-too-large"));
    }

    @Test
    @TestSecurity(user = "officer.body-limit", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = ORG))
    void aBodyJustUnderOneMegabyteIsReadAndJudgedOnItsContent() {
        given().contentType("application/json").body(jsonOf(1000 * 1000))
                .when().post("/api/persons")
                .then().statusCode(not(413))
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "officer.body-limit", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = ORG))
    void aChunkedJsonBodyOverOneMegabyteIsA413ProblemToo() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        byte[] body = jsonOf(TWO_MB).getBytes(StandardCharsets.UTF_8);
        // a body of unknown length goes out chunked, with no Content-Length to judge it by
        HttpRequest request = HttpRequest.newBuilder(URI.create(service + "api/persons"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("urn:hamyar:problem:payload-too-large");
    }

    @Test
    @TestSecurity(user = "officer.body-limit", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = ORG))
    void aTwoMegabyteRegistryImportIsStillAccepted() {
        String header = "household,relation,national_code,first_name,last_name,father_name,birth_date,sex,"
                + "province,county,village,rural,enrolment_category";
        // one row of three cells, the last filling the file: the job rejects the row (column-count)
        // at once, and the upload itself is accepted
        String row = "h1,HEAD,\"" + "ب".repeat(TWO_MB / 2) + "\"";
        byte[] file = (header + "\r\n" + row + "\r\n").getBytes(StandardCharsets.UTF_8);
        assertThat(file.length).isGreaterThan(TWO_MB);

        given().contentType("text/csv; charset=utf-8").body(file)
                .when().post("/api/imports")
                .then().statusCode(202)
                .header("Location", containsString("/api/imports/"));
    }

    /** A JSON object of about {@code size} bytes. */
    private static String jsonOf(int size) {
        return "{\"firstName\":\"" + "a".repeat(size - 20) + "\"}";
    }
}
