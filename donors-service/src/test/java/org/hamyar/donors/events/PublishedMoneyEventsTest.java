package org.hamyar.donors.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.hamyar.donors.allocation.AllocationExpiry;
import org.hamyar.donors.allocation.AllocationService;
import org.hamyar.donors.testing.Aid;
import org.hamyar.events.EventType;
import org.hamyar.events.EventTypes;
import org.hamyar.events.Topics;
import org.hamyar.events.donors.DonorEvents;
import org.hamyar.events.testing.EventSchemas;
import org.hamyar.infrastructure.testing.DemoUsers;
import org.hamyar.infrastructure.testing.KafkaTestResource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamyar.donors.testing.Users.allocation;
import static org.hamyar.donors.testing.Users.as;

/**
 * What reaches {@code donors.events} on the real broker through the outbox: every one of the six
 * event types, as CloudEvents whose headers and data fit their schemas, keyed by the aggregate.
 */
@QuarkusTest
class PublishedMoneyEventsTest {

    @Inject
    AllocationService allocations;

    @Inject
    AllocationExpiry expiry;

    @Test
    void everyMoneyEventReachesTheTopicTrueToItsSchema() {
        String awqaf = DemoUsers.COORDINATOR_HORMOZGAN_AWQAF;
        String endowment = as(awqaf).body(Map.of("endowerName", "واقف آزمون", "deedNumber", "EV-" + UUID.randomUUID(),
                        "endowedAsset", "زمین", "intention", Map.of("provinces", List.of("22")), "intentionFa", "نیت"))
                .post("/api/endowments").then().statusCode(201).extract().path("id");
        String fund = as(awqaf).get("/api/endowments/{id}", endowment).then().extract().path("fundId");
        as(awqaf).body(Map.of("fundId", fund, "kind", "ENDOWMENT_INCOME", "amountRials", 9_000_000))
                .post("/api/donations").then().statusCode(201);
        String committed = as(awqaf).body(allocation(UUID.fromString(fund), 1_000_000L, "CASH_GRANT", "ELDERLY", "22",
                DemoUsers.ORG_WELFARE_HORMOZGAN)).post("/api/allocations").then().statusCode(201).extract().path("id");
        as(awqaf).body(allocation(UUID.fromString(fund), 2_000_000L, "CASH_GRANT", "ELDERLY", "22",
                DemoUsers.ORG_WELFARE_HORMOZGAN)).post("/api/allocations").then().statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> allocations.commitFor(
                Aid.granted(DemoUsers.ORG_WELFARE_HORMOZGAN, "CASH_GRANT", 1_000_000L, "22", UUID.fromString(committed))));
        expiry.releaseExpired(Instant.now().plus(Duration.ofDays(31)));
        String donor = as(DemoUsers.COORDINATOR_DONORS_ASSEMBLY).body(Map.of("kind", "PERSON", "identifier", "5566778895",
                        "details", Map.of("nameFa", "خیر رویداد")))
                .post("/api/donors").then().statusCode(403).extract().path("type");
        assertThat(donor).isEqualTo("urn:hamyar:problem:not-your-organization");
        String registered = as(DemoUsers.ADMIN).body(Map.of("kind", "PERSON", "identifier", "5566778895",
                        "details", Map.of("nameFa", "خیر رویداد")))
                .post("/api/donors").then().statusCode(201).extract().path("id");

        Set<String> keys = Set.of(fund, endowment, registered);
        Map<String, Integer> seen = new HashMap<>();
        Set<String> violations = new TreeSet<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "donors-events-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(Topics.DONORS));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (seen.size() < DonorEvents.ALL.size() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (!keys.contains(record.key())) {
                        continue;
                    }
                    Map<String, String> headers = new HashMap<>();
                    for (Header header : record.headers()) {
                        headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
                    }
                    EventType<?> type = EventTypes.byType(headers.get("ce_type")).orElseThrow();
                    seen.merge(type.type(), 1, Integer::sum);
                    violations.addAll(EventSchemas.violations(type, record.value()));
                    violations.addAll(EventSchemas.headerViolations(headers));
                    assertThat(headers.get("ce_source")).isEqualTo("/hamyar/donors-service");
                }
            }
        }
        assertThat(seen.keySet()).containsExactlyInAnyOrderElementsOf(DonorEvents.ALL.stream().map(EventType::type).toList());
        assertThat(violations).isEmpty();
    }
}
