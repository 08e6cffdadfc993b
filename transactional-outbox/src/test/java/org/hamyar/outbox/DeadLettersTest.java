package org.hamyar.outbox;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.hamyar.events.EventJson;
import org.hamyar.infrastructure.testing.KafkaTestResource;
import org.hamyar.infrastructure.testing.PostgresTestResource;
import org.hamyar.outbox.parcel.ParcelEvents;
import org.hamyar.outbox.parcel.ParcelShipped;
import org.hamyar.outbox.parcel.ShipmentTallyConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Dead letters: a record the consumer could not apply is written to {@code dead_letter} with the
 * failure, listed for admins (and auditors, without the record), and replayed by an admin through
 * the consumer's own path, once however often it is replayed.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "outbox_test"))
@WithTestResource(KafkaTestResource.class)
class DeadLettersTest {

    private static final String DEAD_LETTERS = "/api/outbox-test-admin/dead-letters";
    /** Offsets far from what the live consumer reads, one per record built here. */
    private static final AtomicLong OFFSETS = new AtomicLong(1_000_000_000L);

    @Inject
    ConsumerRetry retry;
    @Inject
    ShipmentTallyConsumer tally;
    @Inject
    DeadLetters deadLetters;
    @Inject
    OutboxRows rows;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aTransientFailureGivenUpIsListedAndAReplayByAnAdminAppliesItOnce() {
        UUID parcel = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        ConsumerRecord<String, String> record = record(eventId, parcel, shipped(parcel));

        // the consumer of this channel gives up on a failure that passes (here after two attempts,
        // hamyar.consumer.max-attempts=2; the service stopping does the same): the record is written
        // to the dead letters and thrown on
        var givingUp = new ConsumerRetry(new Backoff(Duration.ofMillis(1), Duration.ofMillis(1)), new SimpleMeterRegistry(),
                attempt -> QuarkusTransaction.requiringNew().run(attempt), 2, deadLetters::record);
        var databaseAway = new IllegalStateException("could not apply", new SQLException("connection lost", "08006"));
        assertThatThrownBy(() -> givingUp.consume(failing(databaseAway), record)).isSameAs(databaseAway);
        assertThat(tally.tally(parcel)).isEmpty();
        assertThat(rows.deadLetters(eventId.toString())).isEqualTo(1);

        String id = given().when().get(DEAD_LETTERS + "?unresolved=true&size=200")
                .then().statusCode(200)
                .extract().path("items.find { it.eventId == '" + eventId + "' }.id");
        given().when().get(DEAD_LETTERS + "?unresolved=true&size=200")
                .then().statusCode(200)
                .body("items.find { it.eventId == '" + eventId + "' }.channel", equalTo(ShipmentTallyConsumer.CHANNEL))
                .body("items.find { it.eventId == '" + eventId + "' }.type", equalTo(ParcelEvents.PARCEL_SHIPPED.type()))
                .body("items.find { it.eventId == '" + eventId + "' }.source", equalTo("/hamyar/outbox-test"))
                .body("items.find { it.eventId == '" + eventId + "' }.subject", equalTo(parcel.toString()))
                .body("items.find { it.eventId == '" + eventId + "' }.reason", containsString("connection lost"))
                .body("items.find { it.eventId == '" + eventId + "' }.permanent", equalTo(false))
                .body("items.find { it.eventId == '" + eventId + "' }.replays", equalTo(0))
                .body("items.find { it.eventId == '" + eventId + "' }.deadLetteredAt", notNullValue())
                .body("items.find { it.eventId == '" + eventId + "' }", not(hasKey("payload")));
        given().when().get(DEAD_LETTERS + "/" + id)
                .then().statusCode(200)
                .body("payload", equalTo(record.value()))
                .body("headers.find { it.name == 'ce_id' }.value", equalTo(eventId.toString()));

        given().when().post(DEAD_LETTERS + "/" + id + "/replay")
                .then().statusCode(200)
                .body("replays", equalTo(1))
                .body("resolvedAt", notNullValue())
                .body("lastReplayFailure", equalTo(null));
        assertThat(tally.tally(parcel)).contains(1);

        // a second replay, and the same event arriving again, change nothing
        given().when().post(DEAD_LETTERS + "/" + id + "/replay")
                .then().statusCode(200)
                .body("replays", equalTo(2));
        retry.consume(tally, record);
        assertThat(tally.tally(parcel)).contains(1);
        assertThat(rows.processedCount(ShipmentTallyConsumer.CONSUMER, eventId)).isEqualTo(1);
        given().when().get(DEAD_LETTERS + "?unresolved=true&size=200")
                .then().statusCode(200)
                .body("items.find { it.eventId == '" + eventId + "' }", equalTo(null));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anUnusableEventIsDeadLetteredAtOnceAndItsReplayFailsAgainWithTheReasonKept() {
        UUID eventId = UUID.randomUUID();
        ConsumerRecord<String, String> record = record(eventId, UUID.randomUUID(), shipped(null));

        assertThatThrownBy(() -> retry.consume(tally, record)).isInstanceOf(UnusableEventException.class);
        DeadLetter letter = deadLetters.list(true, 0, 200).stream()
                .filter(l -> eventId.toString().equals(l.eventId())).findFirst().orElseThrow();
        assertThat(letter.permanent()).isTrue();
        assertThat(letter.reason()).contains("parcelId is missing");

        given().when().post(DEAD_LETTERS + "/" + letter.id() + "/replay")
                .then().statusCode(409)
                .body("type", equalTo("urn:hamyar:problem:dead-letter-replay-failed"))
                .body("permanent", equalTo(true))
                .body("deadLetter", equalTo(letter.id().toString()));
        DeadLetter after = deadLetters.find(letter.id()).orElseThrow();
        assertThat(after.replays()).isEqualTo(1);
        assertThat(after.resolvedAt()).isNull();
        assertThat(after.lastReplayFailure()).contains("parcelId is missing");
        assertThat(rows.processedCount(ShipmentTallyConsumer.CONSUMER, eventId)).isZero();
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aRecordThatIsNoCloudEventIsDeadLetteredWithoutAnEventId() {
        var record = new ConsumerRecord<>(ParcelEvents.TOPIC, 0, OFFSETS.incrementAndGet(), ConsumerRecord.NO_TIMESTAMP,
                TimestampType.NO_TIMESTAMP_TYPE, ConsumerRecord.NULL_SIZE, ConsumerRecord.NULL_SIZE, "key", "{}",
                new RecordHeaders(), Optional.<Integer>empty());
        assertThatThrownBy(() -> retry.consume(tally, record)).isInstanceOf(MalformedEventException.class);
        given().when().get(DEAD_LETTERS + "?size=200")
                .then().statusCode(200)
                .body("items.find { it.offset == " + record.offset() + " }.reason", containsString("no ce_id header"))
                .body("items.find { it.offset == " + record.offset() + " }.eventId", equalTo(null));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anUnknownDeadLetterOrAnotherServicesNameIs404() {
        given().when().get(DEAD_LETTERS + "/" + UUID.randomUUID()).then().statusCode(404);
        given().when().post(DEAD_LETTERS + "/" + UUID.randomUUID() + "/replay").then().statusCode(404);
        given().when().get("/api/agreements-admin/dead-letters").then().statusCode(404);
        given().when().get(DEAD_LETTERS + "?size=0").then().statusCode(400)
                .body("type", equalTo("urn:hamyar:problem:invalid-parameter"));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void anAuditorListsDeadLettersButSeesNoRecordAndReplaysNothing() {
        UUID eventId = UUID.randomUUID();
        var record = record(eventId, UUID.randomUUID(), shipped(null));
        assertThatThrownBy(() -> retry.consume(tally, record)).isInstanceOf(UnusableEventException.class);
        UUID id = deadLetters.list(false, 0, 200).stream()
                .filter(l -> eventId.toString().equals(l.eventId())).findFirst().orElseThrow().id();

        given().when().get(DEAD_LETTERS + "?size=200").then().statusCode(200)
                .body("items.find { it.eventId == '" + eventId + "' }", not(hasKey("payload")))
                .body("items.find { it.eventId == '" + eventId + "' }", not(hasKey("headers")));
        given().when().get(DEAD_LETTERS + "/" + id).then().statusCode(403);
        given().when().post(DEAD_LETTERS + "/" + id + "/replay").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "officer", roles = {"officer", "coordinator"})
    void staffSeeNoDeadLetters() {
        given().when().get(DEAD_LETTERS).then().statusCode(403);
        given().when().post(DEAD_LETTERS + "/" + UUID.randomUUID() + "/replay").then().statusCode(403);
    }

    /** The consumer of the test channel, failing as it did when the record arrived. */
    private static EventConsumer failing(RuntimeException failure) {
        return new EventConsumer() {
            @Override
            public String channel() {
                return ShipmentTallyConsumer.CHANNEL;
            }

            @Override
            public boolean concerns(IncomingEvent event) {
                return true;
            }

            @Override
            public void apply(IncomingEvent event) {
                throw failure;
            }
        };
    }

    private static ParcelShipped shipped(UUID parcel) {
        return new ParcelShipped(parcel, "اصفهان", 1, LocalDate.of(2026, 3, 20), Instant.parse("2026-03-20T08:15:30Z"));
    }

    private static ConsumerRecord<String, String> record(UUID eventId, UUID key, ParcelShipped data) {
        var headers = new RecordHeaders()
                .add(header(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0))
                .add(header(CloudEventHeaders.ID, eventId.toString()))
                .add(header(CloudEventHeaders.TYPE, ParcelEvents.PARCEL_SHIPPED.type()))
                .add(header(CloudEventHeaders.SOURCE, "/hamyar/outbox-test"))
                .add(header(CloudEventHeaders.SUBJECT, key.toString()));
        return new ConsumerRecord<>(ParcelEvents.TOPIC, 1, OFFSETS.incrementAndGet(), ConsumerRecord.NO_TIMESTAMP,
                TimestampType.NO_TIMESTAMP_TYPE, ConsumerRecord.NULL_SIZE, ConsumerRecord.NULL_SIZE, key.toString(),
                EventJson.write(data), headers, Optional.empty());
    }

    private static RecordHeader header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
