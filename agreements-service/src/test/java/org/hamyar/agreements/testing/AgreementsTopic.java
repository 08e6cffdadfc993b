package org.hamyar.agreements.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.hamyar.events.Topics;
import org.hamyar.infrastructure.testing.KafkaTestResource;

/**
 * Reads {@code agreements.events} from the real broker with a plain Kafka consumer, as any
 * integrator would: what the outbox relay really delivered, headers and key included.
 */
public final class AgreementsTopic implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new CopyOnWriteArrayList<>();

    private AgreementsTopic() {
        var properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.broker().bootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "agreements-test-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // the topic appears with the first event; find it soon after
        properties.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "500");
        consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(Topics.AGREEMENTS));
    }

    /** A reader of the whole topic from its beginning. */
    public static AgreementsTopic fromBeginning() {
        return new AgreementsTopic();
    }

    /** Waits for an event of {@code ceType} keyed {@code key}. */
    public ConsumerRecord<String, String> await(String ceType, String key) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ZERO).until(() -> {
            poll();
            return find(ceType, key) != null;
        });
        return find(ceType, key);
    }

    /** Every event of {@code ceType} keyed {@code key} seen so far, after reading for {@code quiet}. */
    public List<ConsumerRecord<String, String>> all(String ceType, String key, Duration quiet) {
        long until = System.nanoTime() + quiet.toNanos();
        while (System.nanoTime() < until) {
            poll();
        }
        return seen.stream().filter(r -> matches(r, ceType, key)).toList();
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private void poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
    }

    private ConsumerRecord<String, String> find(String ceType, String key) {
        return seen.stream().filter(r -> matches(r, ceType, key)).findFirst().orElse(null);
    }

    private static boolean matches(ConsumerRecord<String, String> record, String ceType, String key) {
        return key.equals(record.key()) && ceType.equals(header(record, "ce_type"));
    }

    @Override
    public void close() {
        consumer.close();
    }
}
