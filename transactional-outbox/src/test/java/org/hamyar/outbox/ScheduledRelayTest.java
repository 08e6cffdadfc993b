package org.hamyar.outbox;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hamyar.infrastructure.KafkaBroker;
import org.hamyar.infrastructure.testing.KafkaTestResource;
import org.hamyar.infrastructure.testing.PostgresTestResource;
import org.hamyar.outbox.parcel.ParcelEvents;
import org.hamyar.outbox.parcel.ParcelService;
import org.hamyar.outbox.parcel.ParcelShipped;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The relay as it runs in a service: on its schedule, through a broker outage. */
@QuarkusTest
@TestProfile(ScheduledRelayTest.RelayOnSchedule.class)
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "outbox_test"))
@WithTestResource(KafkaTestResource.class)
class ScheduledRelayTest {

    public static class RelayOnSchedule implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hamyar.outbox.enabled", "true");
        }
    }

    @Inject
    ParcelService parcels;
    @Inject
    OutboxRelay relay;
    @Inject
    OutboxRows rows;

    @BeforeAll
    static void createTopic() throws InterruptedException {
        ParcelTopic.create();
    }

    @Test
    void anEventWrittenWhileTheBrokerIsDownIsDeliveredWhenItReturns() {
        UUID parcel = parcels.register("بوشهر");
        UUID before = parcels.ship(parcel);
        await().atMost(Duration.ofSeconds(30)).until(() -> rows.published(before));

        KafkaBroker broker = KafkaTestResource.broker();
        broker.stop();
        UUID during;
        try {
            during = parcels.ship(parcel);
            // relay rounds run and fail meanwhile; the event waits in the outbox
            await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(15))
                    .until(() -> !rows.published(during));
        } finally {
            broker.start();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> rows.published(during));
        Optional<ConsumerRecord<String, String>> delivered = ParcelTopic.recordsWithKeys(List.of(parcel.toString()))
                .stream()
                .filter(record -> during.toString().equals(ParcelTopic.header(record, "ce_id")))
                .findFirst();
        assertThat(delivered).isPresent();
        ConsumerRecord<String, String> record = delivered.get();
        assertThat(record.key()).isEqualTo(parcel.toString());
        assertThat(ParcelTopic.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(ParcelTopic.header(record, "ce_type")).isEqualTo(ParcelEvents.PARCEL_SHIPPED.type());
        assertThat(ParcelTopic.header(record, "ce_source")).isEqualTo("/hamyar/outbox-test");
        assertThat(ParcelTopic.header(record, "ce_subject")).isEqualTo(parcel.toString());
        assertThat(ParcelTopic.header(record, "content-type")).isEqualTo("application/json");
        assertThat(OffsetDateTime.parse(ParcelTopic.header(record, "ce_time")))
                .isBefore(OffsetDateTime.now()).isAfter(OffsetDateTime.now().minusMinutes(5));
        ParcelShipped data = IncomingEvent.from(record).dataAs(ParcelEvents.PARCEL_SHIPPED);
        assertThat(data.parcelId()).isEqualTo(parcel);
        assertThat(data.shipment()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(10)).until(() -> relay.pendingCount() == 0);
    }
}
