package org.hamyar.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hamyar.infrastructure.testing.KafkaTestResource;
import org.hamyar.infrastructure.testing.PostgresTestResource;
import org.hamyar.outbox.parcel.ParcelEvents;
import org.hamyar.outbox.parcel.ParcelShipped;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * A poisoned outbox record against the real broker: an event larger than the topic's
 * {@code max.message.bytes} is set aside, the events behind it go out, the later events of its key
 * wait with it; an admin lists it and gives it back to the relay.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "outbox_test"))
@WithTestResource(KafkaTestResource.class)
class OutboxFailuresTest {

    private static final String FAILURES = "/api/outbox-test-admin/outbox-failures";

    @Inject
    EventOutbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    OutboxRows rows;

    @BeforeAll
    static void createTopic() throws InterruptedException {
        ParcelTopic.create();
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void startWithAnEmptyBacklog() {
        while (relay.relayOnce() > 0) {
            // earlier tests' events
        }
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void aRecordLargerThanTheTopicAllowsIsSetAsideAndTheEventsBehindItGoOut() {
        UUID poisonedKey = UUID.randomUUID();
        UUID otherKey = UUID.randomUUID();
        UUID thirdKey = UUID.randomUUID();
        UUID poisoned = publish(poisonedKey, "x".repeat(ParcelTopic.MAX_MESSAGE_BYTES + 1_000), 1);
        UUID behind = publish(otherKey, "یزد", 1);
        UUID sameKey = publish(poisonedKey, "کرمان", 2);
        UUID last = publish(thirdKey, "بم", 1);

        assertThat(relay.relayOnce()).isEqualTo(2);
        assertThat(relay.relayOnce()).isZero();

        assertThat(rows.published(behind)).isTrue();
        assertThat(rows.published(last)).isTrue();
        var setAside = rows.event(poisoned).orElseThrow();
        assertThat(setAside.get("published_at")).isNull();
        assertThat(setAside.get("failed_at")).isNotNull();
        assertThat((String) setAside.get("failure")).contains("RecordTooLargeException");
        // the later event of the poisoned key waits with it: it must not overtake it
        var held = rows.event(sameKey).orElseThrow();
        assertThat(held.get("published_at")).isNull();
        assertThat(held.get("failed_at")).isNull();
        assertThat(relay.pendingCount()).isEqualTo(1);
        assertThat(relay.setAsideCount()).isEqualTo(1);

        List<ConsumerRecord<String, String>> onTopic = ParcelTopic.recordsWithKeys(
                List.of(poisonedKey.toString(), otherKey.toString(), thirdKey.toString()));
        assertThat(onTopic).extracting(record -> ParcelTopic.header(record, CloudEventHeaders.ID))
                .containsExactlyInAnyOrder(behind.toString(), last.toString());

        given().when().get(FAILURES + "?size=200")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(poisoned.toString()))
                .body("items[0].aggregateId", equalTo(poisonedKey.toString()))
                .body("items[0].type", equalTo(ParcelEvents.PARCEL_SHIPPED.type()))
                .body("items[0].heldBack", equalTo(1))
                .body("items[0].retries", equalTo(0))
                .body("items[0].failure", org.hamcrest.Matchers.containsString("RecordTooLargeException"))
                .body("items[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("payload")));

        // given back while the cause remains, it is refused and set aside again; its key still waits
        given().when().post(FAILURES + "/" + poisoned + "/retry").then().statusCode(204);
        assertThat(relay.pendingCount()).isEqualTo(2);
        assertThat(relay.relayOnce()).isZero();
        assertThat(rows.event(poisoned).orElseThrow().get("failed_at")).isNotNull();
        assertThat(rows.published(sameKey)).isFalse();
        given().when().get(FAILURES).then().statusCode(200)
                .body("items.retries", hasItem(1));

        // once the record goes out (here: the event is cleared away, as an operator would after
        // publishing it by hand), the held event of its key follows
        QuarkusTransaction.requiringNew().run(() -> rows.delete(poisoned));
        assertThat(relay.relayOnce()).isEqualTo(1);
        assertThat(rows.published(sameKey)).isTrue();
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void anAuditorListsTheEventsSetAsideButCannotRetryThem() {
        given().when().get(FAILURES).then().statusCode(200);
        given().when().post(FAILURES + "/" + UUID.randomUUID() + "/retry").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void retryingAnEventThatIsNotSetAsideIs404() {
        given().when().post(FAILURES + "/" + UUID.randomUUID() + "/retry").then().statusCode(404)
                .body("type", equalTo("urn:hamyar:problem:not-found"));
    }

    @Test
    @TestSecurity(user = "coordinator", roles = "coordinator")
    void staffSeeNoOutboxFailures() {
        given().when().get(FAILURES).then().statusCode(403);
    }

    @Test
    void anAnonymousCallerIs401() {
        given().when().get(FAILURES).then().statusCode(401);
    }

    private UUID publish(UUID key, String destination, int shipment) {
        return QuarkusTransaction.requiringNew().call(() -> outbox.publish(ParcelEvents.PARCEL_SHIPPED, key.toString(),
                new ParcelShipped(key, destination, shipment, LocalDate.of(2026, 3, 20), Instant.parse("2026-03-20T08:15:30Z"))));
    }
}
