package org.hamyar.beneficiaries.coordination.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamyar.beneficiaries.testing.AgreementsTopic.header;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hamyar.beneficiaries.testing.AgreementsTopic;
import org.hamyar.beneficiaries.testing.Database;
import org.hamyar.events.agreements.AgreementEvents;
import org.hamyar.outbox.ConsumerRetry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

/**
 * How the consumer of agreements.events fails, over the real broker and the real database: a
 * failure that passes is retried in place and the event applied once it has passed; an event no
 * retry can apply goes to the dead-letter topic and the partition moves on.
 */
@QuarkusTest
class AgreementEventsConsumerTest {

    private static final UUID RELIEF = UUID.fromString("7a000000-0000-4000-8000-000000000015");
    private static final UUID RURAL = UUID.fromString("7a000000-0000-4000-8000-000000000016");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static AgreementsTopic topic;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry meters;

    @BeforeAll
    static void producer() {
        topic = new AgreementsTopic();
    }

    @AfterAll
    static void closeProducer() {
        topic.close();
    }

    @Test
    void aTransientDatabaseFailureIsRetriedInPlaceNotDeadLettered() throws SQLException {
        UUID agreement = UUID.randomUUID();
        Database db = new Database(dataSource);
        UUID eventId;
        // a table that is briefly not there stands in for a database that is briefly unreachable:
        // both fail every attempt with an error that is not about the data (here SQLSTATE 42P01)
        execute("alter table coordination_agreement rename to coordination_agreement_away");
        try {
            double retriesBefore = retries();
            eventId = topic.activate(AgreementsTopic.terms(agreement, 1, RELIEF, RURAL, true,
                    AgreementsTopic.blocking("FOOD_BASKET")));
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> retries() >= retriesBefore + 3);
            // every failed attempt rolled back, its processed-event record with it
            assertThat(db.count("select count(*) from processed_event where event_id = ?", eventId)).isZero();
        } finally {
            execute("alter table coordination_agreement_away rename to coordination_agreement");
        }

        db.awaitProcessed(eventId);
        assertThat(db.text("select array_to_string(blocking_categories, ',') from coordination_agreement where agreement_id = ?",
                agreement)).isEqualTo("FOOD_BASKET");
        assertThat(db.count("select count(*) from processed_event where event_id = ?", eventId)).isOne();
        assertThat(AgreementsTopic.deadLetter(record -> eventId.toString().equals(header(record, "ce_id")),
                Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void aRecordThatIsNoCloudEventIsDeadLetteredAndTheNextEventStillApplied() {
        UUID agreement = UUID.randomUUID();
        String garbage = "not a cloud event " + agreement;
        topic.sendGarbage(agreement.toString(), garbage);
        UUID next = topic.activate(AgreementsTopic.terms(agreement, 1, RELIEF, RURAL, false, List.of()));

        new Database(dataSource).awaitProcessed(next);
        Optional<ConsumerRecord<String, String>> dead = AgreementsTopic.deadLetter(
                record -> garbage.equals(record.value()), PATIENCE);
        assertThat(dead).as("the garbage record on %s", AgreementsTopic.DEAD_LETTERS).isPresent();
        assertThat(dead.get().key()).isEqualTo(agreement.toString());
        assertThat(header(dead.get(), "dead-letter-reason")).contains("no ce_id");
    }

    @Test
    void anActivationWithoutTermsIsDeadLetteredAtOnceAndForgotten() {
        UUID agreement = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        double retriesBefore = retries();
        topic.send(eventId, AgreementEvents.AGREEMENT_ACTIVATED.type(), agreement.toString(),
                "{\"activatedAt\":\"" + Instant.now() + "\"}");
        UUID next = topic.activate(AgreementsTopic.terms(agreement, 1, RELIEF, RURAL, false, List.of()));

        Database db = new Database(dataSource);
        db.awaitProcessed(next);
        ConsumerRecord<String, String> dead = AgreementsTopic.deadLetter(
                record -> eventId.toString().equals(header(record, "ce_id")), PATIENCE).orElseThrow();
        assertThat(header(dead, "ce_type")).isEqualTo(AgreementEvents.AGREEMENT_ACTIVATED.type());
        assertThat(header(dead, "dead-letter-reason")).contains("terms is missing");
        // rolled back: replayed once fixed, it would be applied
        assertThat(db.count("select count(*) from processed_event where event_id = ?", eventId)).isZero();
        assertThat(retries()).as("no retry of what no retry can cure").isEqualTo(retriesBefore);
    }

    private double retries() {
        var counter = meters.find(ConsumerRetry.RETRIES).tag("channel", AgreementEventsConsumer.CHANNEL).counter();
        return counter == null ? 0 : counter.count();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }
}
