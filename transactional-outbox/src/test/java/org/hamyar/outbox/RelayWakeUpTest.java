package org.hamyar.outbox;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.hamyar.infrastructure.testing.KafkaTestResource;
import org.hamyar.infrastructure.testing.PostgresTestResource;
import org.hamyar.outbox.parcel.ParcelService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** The commit of a transaction that wrote events wakes the relay: its events leave without waiting for a poll. */
@QuarkusTest
@TestProfile(RelayWakeUpTest.PollOnceAnHour.class)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "outbox_test"))
@WithTestResource(KafkaTestResource.class)
class RelayWakeUpTest {

    public static class PollOnceAnHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hamyar.outbox.enabled", "true", "hamyar.outbox.poll-interval", "1h");
        }
    }

    @Inject
    ParcelService parcels;
    @Inject
    OutboxRows rows;

    @BeforeAll
    static void createTopic() throws InterruptedException {
        ParcelTopic.create();
    }

    @Test
    void eventsLeaveWhenTheirTransactionCommitsNotAtTheNextPoll() {
        UUID parcel = parcels.register("یزد");
        for (int i = 0; i < 3; i++) {
            UUID shipped = parcels.ship(parcel);
            // the poll comes once an hour; only the commit's wake-up can have sent it
            await().atMost(Duration.ofSeconds(30)).until(() -> rows.published(shipped));
        }
    }
}
