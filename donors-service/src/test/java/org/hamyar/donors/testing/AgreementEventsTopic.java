package org.hamyar.donors.testing;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.hamyar.events.EventJson;
import org.hamyar.events.EventType;
import org.hamyar.events.Topics;
import org.hamyar.infrastructure.testing.KafkaTestResource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

/**
 * Plays the agreements-service on the real broker: CloudEvents in Kafka binary mode on
 * {@code agreements.events}, keyed by the agreement, byte for byte as its outbox relay writes them.
 * It also tells when the donors-service's consumer group has read past a record, so that a test
 * can check that a replay changed nothing only after the replay was consumed.
 */
public final class AgreementEventsTopic implements AutoCloseable {

    private static final String GROUP = "donors-service";

    private final KafkaProducer<String, String> producer;

    public AgreementEventsTopic() {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }

    /** A record on {@code agreements.events}: its {@code ce_id} and where it landed. */
    public record Sent(UUID id, TopicPartition partition, long offset) {
    }

    /** Sends an event of the type as a new CloudEvent. */
    public <T> Sent send(EventType<T> type, UUID agreement, T data) {
        return send(UUID.randomUUID(), type, agreement, data);
    }

    /** Sends an event under the given {@code ce_id}: the same id again is what a redelivery or replay looks like. */
    public <T> Sent send(UUID id, EventType<T> type, UUID agreement, T data) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.AGREEMENTS, agreement.toString(), EventJson.write(data));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", id.toString());
        header(record, "ce_type", type.type());
        header(record, "ce_source", "/hamyar/agreements-service");
        header(record, "ce_time", OffsetDateTime.now(ZoneOffset.UTC).toString());
        header(record, "ce_subject", agreement.toString());
        header(record, "content-type", "application/json");
        try {
            RecordMetadata written = producer.send(record).get();
            return new Sent(id, new TopicPartition(written.topic(), written.partition()), written.offset());
        } catch (Exception e) {
            throw new IllegalStateException("could not send to " + Topics.AGREEMENTS, e);
        }
    }

    /** Whether the donors-service's consumer group has committed past the record (it was applied or skipped). */
    public static boolean consumedPast(Sent sent) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            OffsetAndMetadata committed = admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata()
                    .get().get(sent.partition());
            return committed != null && committed.offset() > sent.offset();
        } catch (Exception e) {
            throw new IllegalStateException("could not read the offsets of " + GROUP, e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String bootstrapServers() {
        return KafkaTestResource.broker().bootstrapServers();
    }
}
