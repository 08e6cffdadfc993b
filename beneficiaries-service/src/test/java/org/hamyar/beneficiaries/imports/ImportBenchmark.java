package org.hamyar.beneficiaries.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hamyar.beneficiaries.testing.Arrange;
import org.hamyar.beneficiaries.testing.Database;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

/**
 * The import measurement of docs/product.md §9: 100,000 rows from upload to stored and published
 * (every event acknowledged by the broker). Not a test (the name keeps Surefire from running it by
 * default, and it asserts no time); run it alone, on an otherwise idle machine:
 *
 * <pre>
 * mvn -o -B -pl event-contracts,beneficiaries-service verify -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * It prints the times of the upload, the import and the publication; the service README records them.
 */
@QuarkusTest
class ImportBenchmark {

    static final String ORG = "7d000000-0000-4000-8000-0000000000b1";

    @Inject
    Arrange arrange;

    @Test
    @TestSecurity(user = "officer.benchmark", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = ORG))
    void importOneHundredThousandRows() {
        byte[] file = RegistryCsv.generated(25_000);
        Database db = arrange.database();
        long start = System.nanoTime();
        String id = given().contentType("text/csv; charset=utf-8").body(file).when().post("/api/imports")
                .then().statusCode(202).extract().path("id");
        long uploaded = System.nanoTime();
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                "DONE".equals(db.text("select status from import_job where id = ?", UUID.fromString(id))));
        long stored = System.nanoTime();
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                db.count("select count(*) from outbox_event where published_at is null") == 0);
        long published = System.nanoTime();
        System.out.printf("%nImportBenchmark: %d bytes, 100000 rows; upload answered in %d ms, stored in %d ms, "
                        + "published in %d ms after the upload began; load average %s%n%n",
                file.length, (uploaded - start) / 1_000_000, (stored - start) / 1_000_000, (published - start) / 1_000_000,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        assertThat(db.count("select count(*) from import_row where job_id = ?::uuid and outcome = 'CREATED'", id))
                .isEqualTo(100_000);
    }
}
