package org.hamyar.agreements.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamyar.agreements.testing.Fixtures.draft;
import static org.hamyar.agreements.testing.Fixtures.qazvin;
import static org.hamyar.agreements.testing.Fixtures.terms;
import static org.hamyar.agreements.testing.Fixtures.today;
import static org.hamyar.agreements.testing.Users.as;
import static org.hamyar.agreements.testing.Users.coordinatorOf;

import io.quarkus.test.junit.QuarkusTest;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

/** docs/product.md §10: two signatures at once both land, exactly once each, and the agreement activates once. */
@QuarkusTest
class ConcurrentSignaturesTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void twoPartiesSigningAtTheSameMomentBothLandAndTheAgreementActivatesOnce() throws Exception {
        int rounds = 5;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < rounds; round++) {
                UUID relief = qazvin("RELIEF_COMMITTEE");
                UUID rural = qazvin("RURAL_AFFAIRS");
                UUID id = draft(relief, terms(relief, rural, today(), null));
                // tokens first, so that both requests leave at the barrier together
                var reliefRequest = as(coordinatorOf(relief)).body(Map.of("signatoryName", "مجید مؤمنی", "signatoryTitle", "مدیرکل"));
                var ruralRequest = as(coordinatorOf(rural)).body(Map.of("signatoryName", "اکرم نجفی", "signatoryTitle", "مدیرکل"));
                var barrier = new CyclicBarrier(2);
                List<CompletableFuture<Integer>> signatures = new ArrayList<>();
                for (var request : List.of(reliefRequest, ruralRequest)) {
                    signatures.add(CompletableFuture.supplyAsync(() -> {
                        await(barrier);
                        return request.post("/api/agreements/" + id + "/signatures").statusCode();
                    }, pool));
                }
                assertThat(signatures.stream().map(CompletableFuture::join)).containsExactly(201, 201);

                as(coordinatorOf(relief)).get("/api/agreements/" + id).then()
                        .body("status", org.hamcrest.Matchers.equalTo("ACTIVE"))
                        .body("parties.signed", org.hamcrest.Matchers.contains(true, true));
                assertThat(events(id, "hamyar.agreements.agreement-signed.v1")).hasSize(2)
                        .filteredOn(payload -> payload.contains("\"allSigned\":true")).hasSize(1);
                assertThat(events(id, "hamyar.agreements.agreement-activated.v1")).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> events(UUID aggregate, String type) throws SQLException {
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement(
                     "select payload::text from outbox_event where aggregate_id = ? and ce_type = ? order by seq")) {
            query.setString(1, aggregate.toString());
            query.setString(2, type);
            var rows = query.executeQuery();
            var payloads = new ArrayList<String>();
            while (rows.next()) {
                payloads.add(rows.getString(1));
            }
            return payloads;
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
