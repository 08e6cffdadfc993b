package org.hamyar.donors.aid.event;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hamyar.donors.testing.Aid;
import org.hamyar.donors.testing.BeneficiaryEventsTopic;
import org.hamyar.events.beneficiaries.AidGranted;
import org.hamyar.events.beneficiaries.AidRevoked;
import org.hamyar.events.beneficiaries.BeneficiaryEvents;
import org.hamyar.outbox.ConsumerRetry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamyar.donors.testing.BeneficiaryEventsTopic.header;

/**
 * The consumer of beneficiaries.events against a real broker and the real database: events are
 * produced as the beneficiaries-service's relay would, and the outcome is read through the API.
 */
@QuarkusTest
@TestSecurity(user = "auditor", roles = "auditor")
class BeneficiaryEventsConsumerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static BeneficiaryEventsTopic topic;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry meters;

    @BeforeAll
    static void producer() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        topic = new BeneficiaryEventsTopic();
    }

    @AfterAll
    static void closeProducer() {
        topic.close();
    }

    @Test
    void recordsAidGrantedWithEveryFieldItCarries() {
        UUID provider = UUID.randomUUID();
        UUID allocation = UUID.randomUUID();
        AidGranted grant = Aid.granted(provider, "CASH_GRANT", 50_000_000L, "26", allocation);

        UUID eventId = topic.send(BeneficiaryEvents.AID_GRANTED, Aid.key(grant), grant);

        ValidatableResponse recorded = awaitRecorded(grant.aidId())
                .body("aidId", equalTo(grant.aidId().toString()))
                .body("householdId", equalTo(grant.householdId().toString()))
                .body("providerOrganizationId", equalTo(provider.toString()))
                .body("agreementId", equalTo(grant.agreementId().toString()))
                .body("allocationId", equalTo(allocation.toString()))
                .body("category", equalTo("CASH_GRANT"))
                .body("amountRials", equalTo(50_000_000))
                .body("quantity", equalTo(1))
                .body("provinceCode", equalTo("26"))
                .body("county", equalTo("البرز"))
                .body("rural", equalTo(true))
                .body("periodStart", equalTo("2025-03-21"))
                .body("periodStartJalali", equalTo("1404-01-01"))
                .body("periodEnd", equalTo("2025-04-20"))
                .body("deliveryStatus", equalTo("DELIVERED"))
                .body("status", equalTo("GRANTED"))
                .body("revokedAt", nullValue())
                .body("version", equalTo(0));
        assertThat(Instant.parse(recorded.extract().path("grantedAt"))).isEqualTo(grant.grantedAt());
        assertThat(processedCount(eventId)).isEqualTo(1);
        // the event names a person by hash; the record of where money went keeps no trace of it
        assertThat(recorded.extract().body().asString()).doesNotContain(grant.personHash(), grant.personId().toString());
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        UUID provider = UUID.randomUUID();
        AidGranted grant = Aid.foodBasket(provider);
        UUID eventId = topic.send(BeneficiaryEvents.AID_GRANTED, Aid.key(grant), grant);
        String updatedAt = awaitRecorded(grant.aidId()).extract().path("updatedAt");

        topic.resend(eventId, BeneficiaryEvents.AID_GRANTED, Aid.key(grant), grant);
        // same key, so same partition: once the marker is recorded, the redelivery was consumed before it
        AidGranted marker = markerAfter(grant);
        topic.send(BeneficiaryEvents.AID_GRANTED, Aid.key(marker), marker);
        awaitRecorded(marker.aidId());

        asAuditor().get("/api/allocations/granted-aid/{id}", grant.aidId()).then().statusCode(200)
                .body("version", equalTo(0))
                .body("updatedAt", equalTo(updatedAt))
                .body("status", equalTo("GRANTED"));
        asAuditor().queryParam("provider", provider).get("/api/allocations/granted-aid").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.findAll { it.aidId == '%s' }.size()".formatted(grant.aidId()), equalTo(1));
        assertThat(processedCount(eventId)).isEqualTo(1);
    }

    @Test
    void theSameAidPublishedTwiceUnderTwoEventIdsIsRecordedOnce() {
        UUID provider = UUID.randomUUID();
        AidGranted grant = Aid.foodBasket(provider);
        topic.send(BeneficiaryEvents.AID_GRANTED, Aid.key(grant), grant);
        awaitRecorded(grant.aidId());

        AidGranted changed = new AidGranted(grant.aidId(), grant.householdId(), grant.personId(), grant.personHash(),
                grant.category(), 99L, grant.quantity(), grant.periodStart(), grant.periodEnd(), provider,
                grant.agreementId(), grant.allocationId(), grant.provinceCode(), grant.county(), grant.rural(),
                grant.status(), grant.overlapWarnings(), grant.grantedAt());
        topic.send(BeneficiaryEvents.AID_GRANTED, Aid.key(grant), changed);
        AidGranted marker = markerAfter(grant);
        topic.send(BeneficiaryEvents.AID_GRANTED, Aid.key(marker), marker);
        awaitRecorded(marker.aidId());

        asAuditor().get("/api/allocations/granted-aid/{id}", grant.aidId()).then().statusCode(200)
                .body("amountRials", equalTo(25_000_000))
                .body("version", equalTo(0));
    }

    @Test
    void aidRevokedMarksTheAidRevokedOnce() {
        AidGranted grant = Aid.foodBasket(UUID.randomUUID());
        topic.send(BeneficiaryEvents.AID_GRANTED, Aid.key(grant), grant);
        awaitRecorded(grant.aidId());

        AidRevoked revocation = Aid.revoked(grant);
        UUID revocationId = topic.send(BeneficiaryEvents.AID_REVOKED, Aid.key(grant), revocation);
        await().atMost(PATIENCE).untilAsserted(() ->
                asAuditor().get("/api/allocations/granted-aid/{id}", grant.aidId()).then().statusCode(200)
                        .body("status", equalTo("REVOKED"))
                        // the revocation's free-text reason never travels in the event (it may name people)
                        .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("revocationReason")))
                        .body("version", equalTo(1)));
        String revokedAt = asAuditor().get("/api/allocations/granted-aid/{id}", grant.aidId()).then()
                .extract().path("revokedAt");
        assertThat(Instant.parse(revokedAt)).isEqualTo(revocation.revokedAt());

        // redelivered, and revoked once more under a new id: neither changes the record again
        topic.resend(revocationId, BeneficiaryEvents.AID_REVOKED, Aid.key(grant), revocation);
        topic.send(BeneficiaryEvents.AID_REVOKED, Aid.key(grant), Aid.revoked(grant));
        AidGranted marker = markerAfter(grant);
        topic.send(BeneficiaryEvents.AID_GRANTED, Aid.key(marker), marker);
        awaitRecorded(marker.aidId());

        asAuditor().get("/api/allocations/granted-aid/{id}", grant.aidId()).then().statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("revokedAt", equalTo(revokedAt))
                .body("version", equalTo(1));
        assertThat(processedCount(revocationId)).isEqualTo(1);
    }

    @Test
    void garbageGoesToTheDeadLetterTopicAndTheNextEventIsStillRecorded() {
        String key = UUID.randomUUID().toString();
        String garbage = "not a cloud event " + key;
        topic.sendGarbage(key, garbage);
        AidGranted next = Aid.foodBasket(UUID.randomUUID());
        topic.send(BeneficiaryEvents.AID_GRANTED, key, next);

        awaitRecorded(next.aidId());
        Optional<ConsumerRecord<String, String>> dead = BeneficiaryEventsTopic.deadLetter(
                record -> garbage.equals(record.value()), PATIENCE);
        assertThat(dead).as("the garbage record on %s", BeneficiaryEventsTopic.DEAD_LETTERS).isPresent();
        assertThat(dead.get().key()).isEqualTo(key);
        assertThat(header(dead.get(), "dead-letter-reason")).contains("no ce_id");
        assertThat(header(dead.get(), "dead-letter-topic")).isEqualTo("beneficiaries.events");
    }

    @Test
    void dataThatDoesNotFitItsTypeIsDeadLetteredWithItsHeaders() {
        UUID eventId = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        topic.send(eventId, BeneficiaryEvents.AID_GRANTED.type(), key, "{\"aidId\": \"not-a-uuid\"");
        AidGranted next = Aid.foodBasket(UUID.randomUUID());
        topic.send(BeneficiaryEvents.AID_GRANTED, key, next);

        awaitRecorded(next.aidId());
        ConsumerRecord<String, String> dead = BeneficiaryEventsTopic.deadLetter(
                record -> eventId.toString().equals(header(record, "ce_id")), PATIENCE).orElseThrow();
        assertThat(header(dead, "ce_type")).isEqualTo(BeneficiaryEvents.AID_GRANTED.type());
        assertThat(header(dead, "dead-letter-reason")).contains("AidGranted");
        // a rolled-back event is not remembered: replayed once fixed, it would be applied
        assertThat(processedCount(eventId)).isZero();
    }

    @Test
    void anEventThatBreaksARuleIsDeadLetteredNotRecorded() {
        AidGranted negative = Aid.granted(UUID.randomUUID(), "FOOD_BASKET", -1L, "26", null);
        UUID eventId = topic.send(BeneficiaryEvents.AID_GRANTED, Aid.key(negative), negative);
        AidGranted next = markerAfter(negative);
        topic.send(BeneficiaryEvents.AID_GRANTED, Aid.key(next), next);

        awaitRecorded(next.aidId());
        ConsumerRecord<String, String> dead = BeneficiaryEventsTopic.deadLetter(
                record -> eventId.toString().equals(header(record, "ce_id")), PATIENCE).orElseThrow();
        assertThat(header(dead, "dead-letter-reason")).contains("amountRials is negative");
        asAuditor().get("/api/allocations/granted-aid/{id}", negative.aidId()).then().statusCode(404);
    }

    @Test
    void aRevocationOfAidNeverGrantedIsKeptInTheDeadLetterTopic() {
        AidGranted neverSent = Aid.foodBasket(UUID.randomUUID());
        UUID eventId = topic.send(BeneficiaryEvents.AID_REVOKED, Aid.key(neverSent), Aid.revoked(neverSent));

        ConsumerRecord<String, String> dead = BeneficiaryEventsTopic.deadLetter(
                record -> eventId.toString().equals(header(record, "ce_id")), PATIENCE).orElseThrow();
        assertThat(header(dead, "dead-letter-reason")).contains("never recorded as granted");
        assertThat(processedCount(eventId)).isZero();
    }

    @Test
    void otherEventTypesOnTheTopicAreAcknowledgedAndIgnored() {
        String key = UUID.randomUUID().toString();
        UUID otherId = UUID.randomUUID();
        topic.send(otherId, "hamyar.beneficiaries.household-registered.v1", key, "{\"householdId\":\"" + key + "\"}");
        AidGranted next = Aid.foodBasket(UUID.randomUUID());
        topic.send(BeneficiaryEvents.AID_GRANTED, key, next);

        awaitRecorded(next.aidId());
        assertThat(processedCount(otherId)).isZero();
        assertThat(BeneficiaryEventsTopic.deadLetter(
                record -> otherId.toString().equals(header(record, "ce_id")), Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void aFailureThatPassesIsRetriedInPlaceNotDeadLettered() throws SQLException {
        AidGranted grant = Aid.foodBasket(UUID.randomUUID());
        UUID eventId;
        // a table that is briefly not there stands in for a database that is briefly unreachable:
        // both fail every attempt with an error that is not about the data (here SQLSTATE 42P01)
        execute("alter table granted_aid rename to granted_aid_away");
        try {
            double retriesBefore = retries();
            eventId = topic.send(BeneficiaryEvents.AID_GRANTED, Aid.key(grant), grant);
            await().atMost(PATIENCE).until(() -> retries() >= retriesBefore + 3);
            assertThat(processedCount(eventId)).isZero();
        } finally {
            execute("alter table granted_aid_away rename to granted_aid");
        }

        awaitRecorded(grant.aidId()).body("status", equalTo("GRANTED"));
        assertThat(processedCount(eventId)).isEqualTo(1);
        assertThat(BeneficiaryEventsTopic.deadLetter(
                record -> eventId.toString().equals(header(record, "ce_id")), Duration.ofSeconds(3))).isEmpty();
    }

    /** Another grant on the same key (the same partition), sent after the events under test. */
    private static AidGranted markerAfter(AidGranted grant) {
        AidGranted fresh = Aid.foodBasket(grant.providerOrganizationId());
        return new AidGranted(fresh.aidId(), grant.householdId(), fresh.personId(), fresh.personHash(),
                fresh.category(), fresh.amountRials(), fresh.quantity(), fresh.periodStart(), fresh.periodEnd(),
                fresh.providerOrganizationId(), fresh.agreementId(), fresh.allocationId(), fresh.provinceCode(),
                fresh.county(), fresh.rural(), fresh.status(), fresh.overlapWarnings(), fresh.grantedAt());
    }

    private static ValidatableResponse awaitRecorded(UUID aidId) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                asAuditor().get("/api/allocations/granted-aid/{id}", aidId).then().statusCode(200));
        return asAuditor().get("/api/allocations/granted-aid/{id}", aidId).then().statusCode(200);
    }

    private static io.restassured.specification.RequestSpecification asAuditor() {
        return given().accept("application/json");
    }

    private double retries() {
        return meters.counter(ConsumerRetry.RETRIES, "channel", BeneficiaryEventsConsumer.CHANNEL).count();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }

    private int processedCount(UUID eventId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select count(*) from processed_event where consumer = ? and event_id = ?")) {
            query.setString(1, AidEventHandler.CONSUMER);
            query.setObject(2, eventId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
