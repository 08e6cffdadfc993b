package org.hamyar.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.hamyar.infrastructure.testing.KafkaTestResource;
import org.hamyar.infrastructure.testing.PostgresTestResource;
import org.hamyar.outbox.parcel.ParcelService;
import org.hamyar.outbox.parcel.ShipmentTallyConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The consumer side: a consumer written as docs/spine-api.md prescribes ({@link ShipmentTallyConsumer},
 * {@code @Incoming} on the real broker) applies each event once however often it is delivered.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "outbox_test"))
@WithTestResource(KafkaTestResource.class)
class ProcessedEventsTest {

    private static final Duration DELIVERY = Duration.ofSeconds(60);

    @Inject
    ParcelService parcels;
    @Inject
    OutboxRelay relay;
    @Inject
    ShipmentTallyConsumer consumer;
    @Inject
    ProcessedEvents processed;
    @Inject
    OutboxRows rows;

    @BeforeAll
    static void createTopic() throws InterruptedException {
        ParcelTopic.create();
    }

    @Test
    void aRedeliveredEventChangesNothingTheSecondTime() throws Exception {
        UUID parcel = parcels.register("شیراز");
        UUID first = parcels.ship(parcel);
        relayUntilPublished(first);
        await().atMost(DELIVERY).until(() -> consumer.tally(parcel), Optional.of(1)::equals);

        // the same record handed to the consumer twice more, as a rebalance would
        ConsumerRecord<String, String> record = ParcelTopic.recordsWithKeys(List.of(parcel.toString())).getFirst();
        consumer.on(record);
        consumer.on(record);
        assertThat(consumer.tally(parcel)).contains(1);

        // and the same event on the topic again, as a producer's retry after a lost ack would put it
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ParcelTopic.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(record.topic(), record.partition(), record.key(), record.value(),
                    record.headers())).get();
        }
        // a second shipment behind the duplicate on the same partition: once it is applied, the
        // duplicate has been consumed before it
        UUID second = parcels.ship(parcel);
        relayUntilPublished(second);
        await().atMost(DELIVERY).until(() -> rows.processed(ShipmentTallyConsumer.CONSUMER, second));

        assertThat(consumer.tally(parcel)).contains(2);
        assertThat(ParcelTopic.recordsWithKeys(List.of(parcel.toString())))
                .extracting(r -> ParcelTopic.header(r, "ce_id"))
                .containsExactly(first.toString(), first.toString(), second.toString());
    }

    @Test
    void aRolledBackChangeForgetsTheEvent() {
        String eventId = UUID.randomUUID().toString();

        // the consumer's change fails after the log was written
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            assertThat(processed.firstDelivery("projection-a", eventId)).isTrue();
            throw new IllegalStateException("the projection could not be updated");
        })).hasMessage("the projection could not be updated");

        assertThat(QuarkusTransaction.requiringNew().call(() -> processed.firstDelivery("projection-a", eventId))).isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> processed.firstDelivery("projection-a", eventId))).isFalse();
        // another consumer of the same event keeps its own record
        assertThat(QuarkusTransaction.requiringNew().call(() -> processed.firstDelivery("projection-b", eventId))).isTrue();
    }

    @Test
    void theLogIsWrittenOnlyInTheConsumersTransaction() {
        assertThatThrownBy(() -> processed.firstDelivery("projection-a", UUID.randomUUID().toString()))
                .isInstanceOf(TransactionalException.class);
    }

    @Test
    void anEventIdThatIsNoUuidIsRejected() {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().call(() -> processed.firstDelivery("projection-a", "42")))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("42");
    }

    private void relayUntilPublished(UUID eventId) {
        await().atMost(DELIVERY).until(() -> {
            relay.relayOnce();
            return rows.published(eventId);
        });
    }
}
