package org.hamyar.donors.money;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.hamyar.infrastructure.testing.DemoUsers;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamyar.donors.testing.Users.allocation;
import static org.hamyar.donors.testing.Users.as;
import static org.hamyar.donors.testing.Users.token;

/**
 * Hundreds of allocations race on one small fund: exactly as many succeed as the money allows, the
 * rest are 409, nothing is overdrawn and the ledger reconciles (docs/product.md §5).
 */
@QuarkusTest
class AllocationRaceTest {

    private static final int REQUESTS = 300;
    private static final int AFFORDABLE = 100;
    private static final long EACH = 10_000L;

    @Test
    void concurrentAllocationsNeverOverdrawAFund() throws Exception {
        String assembly = DemoUsers.COORDINATOR_DONORS_ASSEMBLY;
        String fund = as(assembly).body(Map.of("kind", "CRISIS", "nameFa", "صندوق کوچک " + UUID.randomUUID(),
                        "restrictions", Map.of("provinces", List.of("22"))))
                .post("/api/funds").then().statusCode(201).extract().path("id");
        String donor = as(assembly).body(Map.of("kind", "PERSON", "identifier", "4455667784", "details",
                        Map.of("nameFa", "خیر آزمون", "assemblyOrganizationId", DemoUsers.ORG_DONORS_ASSEMBLY.toString(),
                                "assemblyLevel", "NATIONAL")))
                .post("/api/donors").then().statusCode(201).extract().path("id");
        as(assembly).body(Map.of("fundId", fund, "donorId", donor, "kind", "CASH", "amountRials", AFFORDABLE * EACH))
                .post("/api/donations").then().statusCode(201);

        String token = token(assembly);
        Map<String, Object> body = allocation(UUID.fromString(fund), EACH, "FOOD_BASKET", "FEMALE_HEADED", "22",
                DemoUsers.ORG_WELFARE_HORMOZGAN);
        ExecutorService pool = Executors.newFixedThreadPool(24);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < REQUESTS; i++) {
                Callable<Integer> request = () -> given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                        .post("/api/allocations").statusCode();
                answers.add(pool.submit(request));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(AFFORDABLE);
            assertThat(statuses).filteredOn(status -> status == 409).hasSize(REQUESTS - AFFORDABLE);
        } finally {
            pool.shutdownNow();
        }
        as(assembly).get("/api/funds/{id}", fund).then().statusCode(200)
                .body("balances.availableRials", equalTo(0))
                .body("balances.reservedRials", equalTo((int) (AFFORDABLE * EACH)));
        as(assembly).get("/api/funds/{id}/reconciliation", fund).then().statusCode(200)
                .body("reconciles", equalTo(true))
                .body("checks.holds", everyItem(equalTo(true)))
                .body("entries", equalTo(AFFORDABLE + 1));
        as(assembly).queryParam("fund", fund).queryParam("size", 1).get("/api/allocations").then().statusCode(200)
                .body("total", equalTo(AFFORDABLE));
    }
}
