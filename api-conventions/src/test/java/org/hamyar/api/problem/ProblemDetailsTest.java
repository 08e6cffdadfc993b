package org.hamyar.api.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** Every kind of failure leaves as application/problem+json with the documented members. */
@QuarkusTest
class ProblemDetailsTest {

    static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aDomainProblemUsesTheServiceBundleInEnglish() {
        given().header("X-Request-Id", "req-overlap-1")
                .when().get("/test/problem/overlap")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .header("X-Request-Id", "req-overlap-1")
                .body("type", equalTo("urn:hamyar:problem:overlap-blocked"))
                .body("title", equalTo("Overlap blocked"))
                .body("status", equalTo(409))
                .body("detail", equalTo("Household 0a000000-0000-4000-8000-000000000005 already receives STIPEND from another organisation."))
                .body("instance", equalTo("/test/problem/overlap"))
                .body("requestId", equalTo("req-overlap-1"))
                .body("errors[0].field", equalTo("category"))
                .body("errors[0].message", equalTo("already granted by another organisation"))
                .body("household", equalTo("0a000000-0000-4000-8000-000000000005"));
    }

    @Test
    void aDomainProblemSpeaksPersianWhenAskedTo() {
        given().header("Accept-Language", "fa-IR,fa;q=0.9,en;q=0.5")
                .when().get("/test/problem/overlap")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .body("type", equalTo("urn:hamyar:problem:overlap-blocked"))
                .body("title", equalTo("هم\u200cپوشانی مسدود شد"))
                .body("detail", equalTo("خانوار 0a000000-0000-4000-8000-000000000005 هم\u200cاکنون STIPEND را از سازمان دیگری دریافت می\u200cکند."))
                .body("requestId", matchesPattern(UUID_PATTERN));
    }

    @Test
    void anUnexpectedFailureIsA500WithoutInternals() {
        given().header("X-Request-Id", "req-crash")
                .when().get("/test/problem/crash")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .header("X-Request-Id", "req-crash")
                .body("type", equalTo("urn:hamyar:problem:internal-error"))
                .body("title", equalTo("Internal error"))
                .body("detail", equalTo("The service failed to answer this request; quote the request id when reporting it."))
                .body("requestId", equalTo("req-crash"))
                .body(not(containsString("hunter2")))
                .body(not(containsString("IllegalStateException")));
    }

    @Test
    void anUnexpectedFailureInPersian() {
        given().header("Accept-Language", "fa")
                .when().get("/test/problem/crash")
                .then().statusCode(500)
                .body("title", equalTo("خطای داخلی"))
                .body("detail", startsWith("سرویس نتوانست"));
    }

    @Test
    void aFailedReturnValueValidationIsTheServicesFault() {
        given().when().get("/test/broken-promise")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hamyar:problem:internal-error"))
                .body("errors", emptyIterable());
    }

    @Test
    void anUnknownAddressIs404() {
        given().header("Accept-Language", "fa")
                .when().get("/test/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .header("X-Request-Id", notNullValue())
                .body("type", equalTo("urn:hamyar:problem:not-found"))
                .body("title", equalTo("یافت نشد"))
                .body("instance", equalTo("/test/no-such-thing"));
    }

    @Test
    void aWrongMethodIs405() {
        // Quarkus REST does not say which methods the address accepts, so there is no Allow header
        given().when().delete("/test/dates")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hamyar:problem:method-not-allowed"))
                .body("title", equalTo("Method not allowed"))
                .body("status", equalTo(405));
    }

    @Test
    void anUnacceptableMediaTypeIs406() {
        given().accept("application/xml")
                .when().get("/test/dates")
                .then().statusCode(406)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hamyar:problem:not-acceptable"));
    }

    @Test
    void anUnsupportedBodyTypeIs415() {
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/test/text")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hamyar:problem:unsupported-media-type"))
                .body("title", equalTo("Unsupported media type"));
    }

    @Test
    void aBodyOverTheLimitIs413() {
        // quarkus.http.limits.max-body-size=64K in this module's test configuration
        String huge = "{\"name\":\"" + "x".repeat(70 * 1024) + "\"}";
        given().contentType(ContentType.JSON).header("X-Request-Id", "req-huge").body(huge)
                .when().post("/test/echo")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .header("X-Request-Id", "req-huge")
                .body("type", equalTo("urn:hamyar:problem:payload-too-large"))
                .body("requestId", equalTo("req-huge"));
    }

    @Test
    void aChunkedJsonBodyOverTheLimitIs413() throws Exception {
        HttpResponse<String> response = postChunked("{\"name\":\"" + "x".repeat(70 * 1024) + "\"}", "application/json",
                "req-chunked");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("req-chunked");
        assertThat(response.body()).contains("\"type\":\"urn:hamyar:problem:payload-too-large\"")
                .contains("\"requestId\":\"req-chunked\"");
    }

    @Test
    void aChunkedJsonBodyWithinTheLimitIsRead() throws Exception {
        HttpResponse<String> response = postChunked("{\"name\":\"chunked\",\"count\":1,\"reference\":\"r\"}",
                "application/json; charset=UTF-8", "req-small-chunked");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("req-small-chunked");
        assertThat(response.body()).contains("\"name\":\"chunked\"");
    }

    @Test
    void anotherChunkedBodyOverTheLimitGetsQuarkusOwn413() throws Exception {
        // Left to Quarkus REST, which finds the limit while reading and answers 413 itself at that
        // moment: the status and request id are right, the body is empty.
        HttpResponse<String> response = postChunked("x".repeat(70 * 1024), "text/plain", "req-chunked-text");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("req-chunked-text");
    }

    private static HttpResponse<String> postChunked(String body, String contentType, String requestId) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String path = contentType.startsWith("text/") ? "/test/text" : "/test/echo";
        HttpRequest request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
                .header("Content-Type", contentType).header("X-Request-Id", requestId)
                // a body of unknown length goes chunked, without Content-Length
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void problemBodiesAlwaysCarryTheStandardMembers() {
        given().when().get("/test/no-such-thing")
                .then().statusCode(404)
                .body("$", allOf(org.hamcrest.Matchers.hasKey("type"), org.hamcrest.Matchers.hasKey("title"),
                        org.hamcrest.Matchers.hasKey("status"), org.hamcrest.Matchers.hasKey("detail"),
                        org.hamcrest.Matchers.hasKey("instance"), org.hamcrest.Matchers.hasKey("requestId"),
                        org.hamcrest.Matchers.hasKey("errors")))
                .body("errors", is(emptyIterable()));
    }
}
