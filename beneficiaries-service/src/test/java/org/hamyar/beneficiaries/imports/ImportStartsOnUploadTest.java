package org.hamyar.beneficiaries.imports;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

/**
 * An upload starts its job when its transaction commits, not at the worker's next poll: here the
 * worker polls once an hour (after a first poll at start), so only the upload's wake-up can run the job.
 */
@QuarkusTest
@TestProfile(ImportStartsOnUploadTest.PollsOnceAnHour.class)
class ImportStartsOnUploadTest {

    public static class PollsOnceAnHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hamyar.imports.poll-interval", "1h");
        }
    }

    @Test
    @TestSecurity(user = "officer.importer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = "7d000000-0000-4000-8000-0000000000b1"))
    void theUploadedFileIsImportedWithoutWaitingForAPoll() {
        RegistryCsv csv = new RegistryCsv();
        for (int h = 0; h < 3; h++) {
            csv.household("w" + h, 1);
        }
        String id = given().contentType(ImportResourceTest.CSV).body(csv.bytes()).when().post("/api/imports")
                .then().statusCode(202).extract().path("id");
        // well within the hour the next poll would take: the job ran because the upload woke the worker
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().when().get("/api/imports/" + id).then().statusCode(200).body("status", equalTo("DONE")));
        given().when().get("/api/imports/" + id).then().body("rowsDone", equalTo(6)).body("outcomes.created", equalTo(6));
        // a second file is started the same way once the first is done
        RegistryCsv second = new RegistryCsv();
        second.household("v0", 2);
        String next = given().contentType(ImportResourceTest.CSV).body(second.bytes()).when().post("/api/imports")
                .then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().when().get("/api/imports/" + next).then().statusCode(200).body("status", equalTo("DONE")));
    }
}
