package org.hamyar.beneficiaries.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.hamyar.events.EventJson;
import org.hamyar.events.EventType;
import org.hamyar.events.Topics;
import org.hamyar.events.agreements.AgreementActivated;
import org.hamyar.events.agreements.AgreementParty;
import org.hamyar.events.agreements.AgreementTerms;
import org.hamyar.events.agreements.CoordinationRule;
import org.hamyar.infrastructure.testing.KafkaTestResource;

/**
 * Plays the agreements-service on the real broker: CloudEvents in Kafka binary mode on
 * {@code agreements.events}, written with a plain kafka-clients producer and {@link EventJson}, byte
 * for byte as its outbox relay would; and reads what the projection put on its dead-letter topic.
 */
public final class AgreementsTopic implements AutoCloseable {

    /** Where the coordination projection puts what it cannot apply. */
    public static final String DEAD_LETTERS = "agreements.events.beneficiaries-dlq";

    private final KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all",
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));

    /** Terms of an ACTIVE two-party agreement in Qazvin province with the given coordination rules. */
    public static AgreementTerms terms(UUID agreementId, int version, UUID one, UUID other, boolean dataSharing,
                                       List<CoordinationRule> rules) {
        return new AgreementTerms(agreementId, version, "ACTIVE",
                List.of(new AgreementParty(one, "IMPLEMENTER"), new AgreementParty(other, "MONITOR")),
                List.of("26"), List.of(), List.of("RURAL_POOR"),
                rules.stream().map(CoordinationRule::aidCategory).toList(), dataSharing, rules,
                LocalDate.now().minusDays(1), LocalDate.now().plusYears(1));
    }

    public static List<CoordinationRule> blocking(String... categories) {
        return java.util.Arrays.stream(categories).map(c -> new CoordinationRule(c, "BLOCK")).toList();
    }

    /** Sends an AgreementActivated; returns its ce_id. */
    public UUID activate(AgreementTerms terms) {
        return send(org.hamyar.events.agreements.AgreementEvents.AGREEMENT_ACTIVATED, terms.agreementId(),
                new AgreementActivated(terms, Instant.now()));
    }

    public <T> UUID send(EventType<T> type, UUID agreementId, T data) {
        UUID id = UUID.randomUUID();
        resend(id, type, agreementId, data);
        return id;
    }

    /** The same event again under the same ce_id: what a redelivery looks like. */
    public <T> void resend(UUID id, EventType<T> type, UUID agreementId, T data) {
        send(id, type.type(), agreementId.toString(), EventJson.write(data));
    }

    /** A CloudEvent with any type and any value, e.g. JSON that does not fit the type. */
    public void send(UUID id, String ceType, String key, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.AGREEMENTS, key, value);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id.toString());
        header(record, "ce_type", ceType);
        header(record, "ce_source", "/hamyar/agreements-service");
        header(record, "ce_time", OffsetDateTime.now(ZoneOffset.UTC).toString());
        header(record, "ce_subject", key);
        header(record, "content-type", "application/json");
        sendAndWait(record);
    }

    /** A record that is no CloudEvent at all: no headers, a value that is not JSON. */
    public void sendGarbage(String key, String value) {
        sendAndWait(new ProducerRecord<>(Topics.AGREEMENTS, key, value));
    }

    /** The first record on the dead-letter topic that matches, waiting up to {@code timeout}. */
    public static Optional<ConsumerRecord<String, String>> deadLetter(Predicate<ConsumerRecord<String, String>> matching,
                                                                      Duration timeout) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "beneficiaries-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(DEAD_LETTERS));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                List<ConsumerRecord<String, String>> polled = new ArrayList<>();
                consumer.poll(Duration.ofMillis(500)).forEach(polled::add);
                Optional<ConsumerRecord<String, String>> found = polled.stream().filter(matching).findFirst();
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private void sendAndWait(ProducerRecord<String, String> record) {
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + record.topic(), e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
