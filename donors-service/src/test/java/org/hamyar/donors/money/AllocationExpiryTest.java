package org.hamyar.donors.money;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hamyar.donors.allocation.AllocationExpiry;
import org.hamyar.infrastructure.testing.DemoUsers;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamyar.donors.testing.Users.allocation;
import static org.hamyar.donors.testing.Users.as;

/** An unused reservation goes back to its fund when it expires, once, whoever runs the job. */
@QuarkusTest
class AllocationExpiryTest {

    @Inject
    AllocationExpiry expiry;

    @Test
    void anExpiredReservationIsReleasedOnce() {
        String assembly = DemoUsers.COORDINATOR_DONORS_ASSEMBLY;
        String fund = as(assembly).body(Map.of("kind", "GENERAL", "nameFa", "صندوق " + UUID.randomUUID()))
                .post("/api/funds").then().statusCode(201).extract().path("id");
        String donor = as(assembly).body(Map.of("kind", "PERSON", "identifier", "0084575948", "details",
                        Map.of("nameFa", "خیر", "assemblyOrganizationId", DemoUsers.ORG_DONORS_ASSEMBLY.toString(),
                                "assemblyLevel", "NATIONAL")))
                .post("/api/donors").then().statusCode(201).extract().path("id");
        as(assembly).body(Map.of("fundId", fund, "donorId", donor, "kind", "CASH", "amountRials", 5_000_000))
                .post("/api/donations").then().statusCode(201);
        String allocation = as(assembly).body(allocation(UUID.fromString(fund), 2_000_000L, "FOOD_BASKET", "ELDERLY", "26",
                        DemoUsers.ORG_RELIEF_COMMITTEE_QAZVIN))
                .post("/api/allocations").then().statusCode(201).extract().path("id");

        // not yet expired: nothing happens
        expiry.releaseExpired(Instant.now());
        as(assembly).get("/api/allocations/{id}", allocation).then().body("status", equalTo("RESERVED"));

        int released = expiry.releaseExpired(Instant.now().plus(Duration.ofDays(31)));
        assertThat(released).isGreaterThanOrEqualTo(1);
        as(assembly).get("/api/allocations/{id}", allocation).then().statusCode(200)
                .body("status", equalTo("RELEASED"))
                .body("releaseReason", equalTo("EXPIRED"));
        assertThat(expiry.releaseExpired(Instant.now().plus(Duration.ofDays(31)))).isZero();
        as(assembly).get("/api/funds/{id}", fund).then()
                .body("balances.availableRials", equalTo(5_000_000))
                .body("balances.reservedRials", equalTo(0));
        as(assembly).get("/api/funds/{id}/reconciliation", fund).then().body("reconciles", equalTo(true))
                .body("entries", equalTo(3));
        as(assembly).queryParam("fund", fund).queryParam("status", "released").get("/api/allocations").then()
                .body("items.id", equalTo(List.of(allocation)));
    }
}
