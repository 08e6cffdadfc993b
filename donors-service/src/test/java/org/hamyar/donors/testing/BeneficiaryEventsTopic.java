package org.hamyar.donors.testing;

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
import org.hamyar.infrastructure.testing.KafkaTestResource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Plays the beneficiaries-service on the real broker: writes CloudEvents in Kafka binary mode to
 * {@code beneficiaries.events} with a plain kafka-clients producer, byte for byte as another
 * service's relay would, and reads what the donors-service put on its dead-letter topic.
 */
public final class BeneficiaryEventsTopic implements AutoCloseable {

    public static final String DEAD_LETTERS = "beneficiaries.events.donors-dlq";

    private final KafkaProducer<String, String> producer;

    public BeneficiaryEventsTopic() {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }

    /** Sends an event of the type as a CloudEvent; returns its {@code ce_id}. */
    public <T> UUID send(EventType<T> type, String key, T data) {
        UUID id = UUID.randomUUID();
        send(id, type.type(), key, json(data));
        return id;
    }

    /** Sends the event again under the same {@code ce_id}: what a redelivery looks like. */
    public <T> void resend(UUID id, EventType<T> type, String key, T data) {
        send(id, type.type(), key, json(data));
    }

    /** A CloudEvent with any type and any value, e.g. JSON that does not fit the type. */
    public void send(UUID id, String ceType, String key, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.BENEFICIARIES, key, value);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id.toString());
        header(record, "ce_type", ceType);
        header(record, "ce_source", "/hamyar/beneficiaries-service");
        header(record, "ce_time", OffsetDateTime.now(ZoneOffset.UTC).toString());
        header(record, "ce_subject", key);
        header(record, "content-type", "application/json");
        sendAndWait(record);
    }

    /** A record that is no CloudEvent at all: no headers, a value that is not JSON. */
    public void sendGarbage(String key, String value) {
        sendAndWait(new ProducerRecord<>(Topics.BENEFICIARIES, key, value));
    }

    /** The first record on the dead-letter topic that matches, waiting up to {@code timeout}. */
    public static Optional<ConsumerRecord<String, String>> deadLetter(Predicate<ConsumerRecord<String, String>> matching,
                                                                      Duration timeout) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "donors-test-" + UUID.randomUUID(),
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

    /** The JSON the producer writes: {@link EventJson}, the mapper of the outbox. */
    public static String json(Object data) {
        return EventJson.write(data);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
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

    private static String bootstrapServers() {
        return KafkaTestResource.broker().bootstrapServers();
    }
}
