package org.hamyar.api.idempotency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.hamyar.api.testapp.PersistenceTestResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Idempotency-Key against the real idempotency_record table in PostgreSQL. */
@QuarkusTest
class IdempotencyTest {

    /** Records outlive a test run, so every key of this run is new. */
    private static final String RUN = UUID.randomUUID().toString();

    @Inject
    AgroalDataSource dataSource;
    @Inject
    IdempotencyStore store;

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static String key(String name) {
        return name + "-" + RUN;
    }

    private static Response create(String key, String body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/test/things");
    }

    @Test
    void theFirstRequestRunsAndARetryGetsItsResponse() {
        int before = PersistenceTestResource.CREATED.get();
        Response first = create(key("replay"), "{\"name\":\"food basket\"}");
        Response retry = create(key("replay"), "{\"name\":\"food basket\"}");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(first.header("Location")).endsWith("/test/things/" + first.jsonPath().getInt("number"));
        assertThat(first.jsonPath().getString("createdOnJalali")).isEqualTo("1403-01-01");

        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag")).isEqualTo("\"0\"");
        assertThat(retry.contentType()).startsWith("application/json");
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertThat(retry.header("X-Request-Id")).isNotBlank().isNotEqualTo(first.header("X-Request-Id"));
        assertThat(PersistenceTestResource.CREATED.get()).isEqualTo(before + 1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        create(key("reused"), "{\"name\":\"stipend\"}").then().statusCode(201);

        create(key("reused"), "{\"name\":\"housing\"}").then().statusCode(422)
                .contentType("application/problem+json")
                .header("X-Request-Id", org.hamcrest.Matchers.notNullValue())
                .body("type", equalTo("urn:hamyar:problem:idempotency-key-reused"))
                .body("title", equalTo("Idempotency key reused"));
    }

    @Test
    void aFailedFirstAttemptReleasesTheKey() {
        PersistenceTestResource.FAIL_NEXT.set(true);
        create(key("failed"), "{\"name\":\"loan\"}").then().statusCode(500)
                .body("type", equalTo("urn:hamyar:problem:internal-error"));

        int before = PersistenceTestResource.CREATED.get();
        Response second = create(key("failed"), "{\"name\":\"loan\"}");

        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(second.header("Idempotent-Replayed")).isNull();
        assertThat(PersistenceTestResource.CREATED.get()).isEqualTo(before + 1);
        assertThat(create(key("failed"), "{\"name\":\"loan\"}").header("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void aRejectedRequestDoesNotKeepTheKey() {
        create(key("invalid"), "{\"name\":\"\"}").then().statusCode(400)
                .body("type", equalTo("urn:hamyar:problem:validation-failed"));

        create(key("invalid"), "{\"name\":\"fixed\"}").then().statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .body("name", equalTo("fixed"));
    }

    @Test
    void aRetryWhileTheFirstRunsIs409() throws Exception {
        PersistenceTestResource.slowEntered = new CountDownLatch(1);
        PersistenceTestResource.slowRelease = new CountDownLatch(1);
        String body = "{\"name\":\"slow\"}";
        HttpRequest slow = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/test/slow-things"))
                .header("Content-Type", "application/json").header("Idempotency-Key", key("slow"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        CompletableFuture<HttpResponse<String>> first;
        try (HttpClient client = HttpClient.newHttpClient()) {
            first = client.sendAsync(slow, HttpResponse.BodyHandlers.ofString());
            assertThat(PersistenceTestResource.slowEntered.await(20, TimeUnit.SECONDS)).isTrue();

            given().contentType(ContentType.JSON).body(body).header("Idempotency-Key", key("slow"))
                    .header("Accept-Language", "fa")
                    .when().post("/test/slow-things")
                    .then().statusCode(409)
                    .contentType("application/problem+json")
                    .header("Retry-After", "1")
                    .body("type", equalTo("urn:hamyar:problem:idempotency-key-in-progress"))
                    .body("title", equalTo("درخواست در حال انجام است"));

            PersistenceTestResource.slowRelease.countDown();
            HttpResponse<String> firstResponse = first.get(20, TimeUnit.SECONDS);
            assertThat(firstResponse.statusCode()).isEqualTo(201);

            Response retry = given().contentType(ContentType.JSON).body(body).header("Idempotency-Key", key("slow"))
                    .when().post("/test/slow-things");
            assertThat(retry.statusCode()).isEqualTo(201);
            assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(retry.asString()).isEqualTo(firstResponse.body());
        } finally {
            PersistenceTestResource.slowRelease.countDown();
        }
    }

    @Test
    void anOverlongKeyIs400() {
        create("k".repeat(201), "{\"name\":\"x\"}").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hamyar:problem:idempotency-key-invalid"))
                .body("errors[0].field", equalTo("Idempotency-Key"))
                .body("errors[0].message", equalTo("must be 1 to 200 visible ASCII characters"));
    }

    @Test
    void endpointsNotMarkedIdempotentIgnoreTheKey() {
        String json = "{\"name\":\"%s\"}";
        for (String name : new String[] {"first", "second"}) {
            given().contentType(ContentType.JSON).body(json.formatted(name)).header("Idempotency-Key", key("unmarked"))
                    .when().post("/test/plain-things")
                    .then().statusCode(200)
                    .header("Idempotent-Replayed", nullValue())
                    .body("name", equalTo(name));
        }
    }

    @Test
    void withoutAKeyEveryRequestRuns() {
        int before = PersistenceTestResource.CREATED.get();

        create(null, "{\"name\":\"x\"}").then().statusCode(201).header("Idempotent-Replayed", nullValue());
        create(null, "{\"name\":\"x\"}").then().statusCode(201).header("Idempotent-Replayed", nullValue());

        assertThat(PersistenceTestResource.CREATED.get()).isEqualTo(before + 2);
    }

    // The next two use one key with different bodies: were the caller not part of the scope,
    // whichever runs second would get 422.
    @Test
    @TestSecurity(user = "officer.qazvin-relief", roles = "officer")
    void aKeyBelongsToItsCaller() {
        create(key("shared"), "{\"name\":\"from qazvin\"}").then().statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .body("name", equalTo("from qazvin"));
    }

    @Test
    @TestSecurity(user = "officer.hormozgan-welfare", roles = "officer")
    void anotherCallerMayUseTheSameKey() {
        create(key("shared"), "{\"name\":\"from hormozgan\"}").then().statusCode(201)
                .header("Idempotent-Replayed", nullValue())
                .body("name", equalTo("from hormozgan"));
    }

    @Test
    void expiredRecordsAreDeletedAndNeverReplayed() throws SQLException {
        IdempotencyScope expired = new IdempotencyScope(key("expired"), "anonymous", "POST", "/test/things");
        IdempotencyScope fresh = new IdempotencyScope(key("fresh"), "anonymous", "POST", "/test/things");
        insert(expired, "25 hours");
        insert(fresh, "1 hour");

        // an expired record with another body is no reason for 422: the key is free again
        create(key("expired"), "{\"name\":\"after a day\"}").then().statusCode(201)
                .header("Idempotent-Replayed", nullValue());
        insert(new IdempotencyScope(key("expired-2"), "anonymous", "POST", "/test/things"), "25 hours");

        long deleted = store.deleteExpired();

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(exists(new IdempotencyScope(key("expired-2"), "anonymous", "POST", "/test/things"))).isFalse();
        assertThat(exists(fresh)).isTrue();
        assertThat(exists(expired)).isTrue(); // taken over by the new request, so young again
    }

    private void insert(IdempotencyScope scope, String age) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO idempotency_record (record_key, idempotency_key, caller, method, path, request_hash,
                                                     status, response_headers, response_body, created_at)
                     VALUES (?, ?, ?, ?, ?, ?, 201, '{}', ?, now() - ?::interval)""")) {
            insert.setBytes(1, scope.recordKey());
            insert.setString(2, scope.key());
            insert.setString(3, scope.caller());
            insert.setString(4, scope.method());
            insert.setString(5, scope.path());
            insert.setBytes(6, IdempotencyScope.sha256("another body".getBytes()));
            insert.setBytes(7, "{\"old\":true}".getBytes());
            insert.setString(8, age);
            insert.executeUpdate();
        }
    }

    private boolean exists(IdempotencyScope scope) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT 1 FROM idempotency_record WHERE record_key = ?")) {
            select.setBytes(1, scope.recordKey());
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }
}
