package org.hamyar.beneficiaries.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.hamyar.events.EventType;
import org.hamyar.events.Topics;
import org.hamyar.events.agreements.AgreementActivated;
import org.hamyar.events.agreements.AgreementParty;
import org.hamyar.events.agreements.AgreementTerms;
import org.hamyar.events.agreements.CoordinationRule;
import org.hamyar.infrastructure.testing.KafkaTestResource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Plays the agreements-service on the real broker: CloudEvents in Kafka binary mode on
 * {@code agreements.events}, written with a plain kafka-clients producer, byte for byte as its
 * outbox relay would.
 */
public final class AgreementsTopic implements AutoCloseable {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

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
        ProducerRecord<String, String> record =
                new ProducerRecord<>(Topics.AGREEMENTS, agreementId.toString(), json(data));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id.toString());
        header(record, "ce_type", type.type());
        header(record, "ce_source", "/hamyar/agreements-service");
        header(record, "ce_time", OffsetDateTime.now(ZoneOffset.UTC).toString());
        header(record, "ce_subject", agreementId.toString());
        header(record, "content-type", "application/json");
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + Topics.AGREEMENTS, e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(Object data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
