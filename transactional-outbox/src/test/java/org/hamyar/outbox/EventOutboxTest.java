package org.hamyar.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hamyar.infrastructure.testing.KafkaTestResource;
import org.hamyar.infrastructure.testing.PostgresTestResource;
import org.hamyar.outbox.parcel.ParcelEvents;
import org.hamyar.outbox.parcel.ParcelService;
import org.hamyar.outbox.parcel.ParcelShipped;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The producer side against the real PostgreSQL and a real broker. The scheduled relay is off
 * ({@code hamyar.outbox.enabled=false}): each test runs relay rounds itself and so knows exactly
 * what was sent. {@link ScheduledRelayTest} covers the scheduled relay and a broker outage.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "outbox_test"))
@WithTestResource(KafkaTestResource.class)
class EventOutboxTest {

    @Inject
    ParcelService parcels;
    @Inject
    EventOutbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    OutboxRows rows;
    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    static void createTopic() throws InterruptedException {
        ParcelTopic.create();
    }

    @BeforeEach
    void startWithAnEmptyBacklog() {
        relayAll();
    }

    @Test
    void anEventWaitsInTheOutboxUntilTheRelaySendsItAsACloudEvent() {
        UUID parcel = parcels.register("بندرعباس");
        UUID eventId = parcels.ship(parcel);

        var row = rows.event(eventId).orElseThrow();
        assertThat(row).containsEntry("topic", ParcelEvents.TOPIC)
                .containsEntry("ce_type", "hamyar.outboxtest.parcel-shipped.v1")
                .containsEntry("ce_source", "/hamyar/outbox-test")
                .containsEntry("aggregate_id", parcel.toString())
                .containsEntry("published_at", null);

        assertThat(relay.relayOnce()).isEqualTo(1);

        assertThat(rows.published(eventId)).isTrue();
        List<ConsumerRecord<String, String>> sent = ParcelTopic.recordsWithKeys(List.of(parcel.toString()));
        assertThat(sent).hasSize(1);
        ConsumerRecord<String, String> record = sent.getFirst();
        assertThat(record.key()).isEqualTo(parcel.toString());
        assertThat(ParcelTopic.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(ParcelTopic.header(record, "ce_id")).isEqualTo(eventId.toString());
        assertThat(ParcelTopic.header(record, "ce_type")).isEqualTo("hamyar.outboxtest.parcel-shipped.v1");
        assertThat(ParcelTopic.header(record, "ce_source")).isEqualTo("/hamyar/outbox-test");
        assertThat(ParcelTopic.header(record, "ce_subject")).isEqualTo(parcel.toString());
        assertThat(ParcelTopic.header(record, "content-type")).isEqualTo("application/json");
        assertThat(OffsetDateTime.parse(ParcelTopic.header(record, "ce_time")).toInstant())
                .isEqualTo(((Timestamp) row.get("occurred_at")).toInstant());
        assertThat(record.value()).contains("\"promisedBy\":\"2026-03-21\"");

        ParcelShipped data = IncomingEvent.from(record).dataAs(ParcelEvents.PARCEL_SHIPPED);
        assertThat(data.parcelId()).isEqualTo(parcel);
        assertThat(data.destination()).isEqualTo("بندرعباس");
        assertThat(data.shipment()).isEqualTo(1);
    }

    @Test
    void aRolledBackChangePublishesNothing() {
        UUID parcel = parcels.register("قزوین");

        assertThatThrownBy(() -> parcels.shipButFail(parcel)).isInstanceOf(ParcelService.ShipmentRefused.class);

        assertThat(parcels.shipments(parcel)).isZero();
        assertThat(rows.eventsOf(parcel.toString())).isZero();
        assertThat(relay.relayOnce()).isZero();

        // a later, committed shipment of the same parcel is the only record with its key
        UUID committed = parcels.ship(parcel);
        assertThat(relay.relayOnce()).isEqualTo(1);
        assertThat(ParcelTopic.recordsWithKeys(List.of(parcel.toString())))
                .extracting(record -> ParcelTopic.header(record, "ce_id"))
                .containsExactly(committed.toString());
    }

    @Test
    void publishingNeedsTheCallersTransaction() {
        String aggregate = UUID.randomUUID().toString();
        var data = new ParcelShipped(UUID.randomUUID(), "تهران", 1, LocalDate.of(2026, 3, 21), Instant.now());

        assertThatThrownBy(() -> outbox.publish(ParcelEvents.PARCEL_SHIPPED, aggregate, data))
                .isInstanceOf(TransactionalException.class);
        assertThat(rows.eventsOf(aggregate)).isZero();
    }

    @Test
    void theEventsOfOneAggregateArriveInTheOrderTheyHappened() {
        UUID parcel = parcels.register("مشهد");
        List<UUID> eventIds = IntStream.rangeClosed(1, 200).mapToObj(i -> parcels.ship(parcel)).toList();

        assertThat(relayAll()).isEqualTo(200);

        List<ConsumerRecord<String, String>> sent = ParcelTopic.recordsWithKeys(List.of(parcel.toString()));
        assertThat(sent).extracting(record -> ParcelTopic.header(record, "ce_id"))
                .containsExactlyElementsOf(eventIds.stream().map(UUID::toString).toList());
        assertThat(sent).extracting(record -> IncomingEvent.from(record).dataAs(ParcelEvents.PARCEL_SHIPPED).shipment())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 200).boxed().toList());
        assertThat(sent).extracting(ConsumerRecord::partition).containsOnly(sent.getFirst().partition());
    }

    @Test
    void aLargeBatchOfManyAggregatesIsDeliveredCompletelyInBoundedRounds() {
        List<UUID> shipped = parcels.registerAndShip(1_200);

        assertThat(relay.relayOnce()).isEqualTo(500); // hamyar.outbox.batch-size
        assertThat(relay.pendingCount()).isEqualTo(700);
        assertThat(relayAll()).isEqualTo(700);

        List<ConsumerRecord<String, String>> sent = ParcelTopic.recordsWithKeys(shipped.stream().map(UUID::toString).toList());
        assertThat(sent).hasSize(1_200);
        assertThat(sent).extracting(ConsumerRecord::key).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(shipped.stream().map(UUID::toString).toList());
        assertThat(sent.stream().map(ConsumerRecord::partition).distinct()).hasSize(ParcelTopic.PARTITIONS);
    }

    @Test
    void twoRacingRelaysSendEveryEventOnce() throws Exception {
        List<String> keys = parcels.registerAndShip(2_000).stream().map(UUID::toString).toList();

        var go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Integer>> relays = IntStream.range(0, 2)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        await(go);
                        return relayAll();
                    }, threads))
                    .toList();
            go.countDown();
            int published = relays.stream().mapToInt(CompletableFuture::join).sum();

            assertThat(published).isEqualTo(2_000);
        } finally {
            threads.shutdownNow();
        }
        List<ConsumerRecord<String, String>> sent = ParcelTopic.recordsWithKeys(keys);
        assertThat(sent).hasSize(2_000);
        assertThat(sent).extracting(record -> ParcelTopic.header(record, "ce_id")).doesNotHaveDuplicates();
    }

    @Test
    void aRelaySendsNothingWhileAnotherHoldsTheLock() throws Exception {
        UUID parcel = parcels.register("اصفهان");
        UUID eventId = parcels.ship(parcel);

        // another replica's relay, as PostgreSQL sees it
        try (Connection otherReplica = dataSource.getConnection()) {
            lock(otherReplica, "select pg_advisory_lock(?)");
            assertThat(relay.relayOnce()).isZero();
            assertThat(rows.published(eventId)).isFalse();
            lock(otherReplica, "select pg_advisory_unlock(?)");
        }

        assertThat(relay.relayOnce()).isEqualTo(1);
        assertThat(rows.published(eventId)).isTrue();
    }

    @Test
    void publishedEventsAreDeletedOnceTheRetentionHasPassed() {
        UUID published = parcels.ship(parcels.register("یزد"));
        relay.relayOnce();
        UUID unpublished = parcels.ship(parcels.register("کرمان"));

        relay.deletePublishedBefore(Instant.now().minus(7, ChronoUnit.DAYS));
        assertThat(rows.event(published)).isPresent();

        assertThat(relay.deletePublishedBefore(Instant.now().plusSeconds(60))).isPositive();
        assertThat(rows.event(published)).isEmpty();
        assertThat(rows.event(unpublished)).isPresent();
        assertThat(relay.relayOnce()).isEqualTo(1);
    }

    /** Relay rounds until the backlog is empty; a round that finds the lock taken publishes 0. */
    private int relayAll() {
        int published = 0;
        for (int round = 0; relay.pendingCount() > 0; round++) {
            assertThat(round).as("relay rounds before the backlog empties").isLessThan(1_000);
            published += relay.relayOnce();
        }
        return published;
    }

    private static void lock(Connection connection, String sql) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, OutboxRelay.RELAY_LOCK);
            statement.execute();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
