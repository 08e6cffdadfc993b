package org.hamyar.infrastructure;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.hamyar.infrastructure.testing.KafkaTestResource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real broker (the one KafkaTestResource shares in this JVM), through the real Kafka clients. */
class KafkaBrokerTest {

    private final KafkaBroker broker = KafkaTestResource.broker();

    @Test
    void the_test_resource_hands_quarkus_the_shared_brokers_address() {
        Map<String, String> config = new KafkaTestResource().start();

        assertThat(config).containsExactly(Map.entry("kafka.bootstrap.servers", broker.bootstrapServers()));
        assertThat(KafkaTestResource.broker()).isSameAs(broker);
        assertThat(broker.port()).isNotIn(9092, 8080, 8081, 8082, 8083, 8180);
    }

    @Test
    void a_produced_record_is_consumed_with_its_key_and_headers() throws Exception {
        String topic = "round-trip-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = producer()) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, "{\"amount\":42}");
            record.headers().add("ce_type", "hamyar.test.round-trip.v1".getBytes());
            producer.send(record).get(30, TimeUnit.SECONDS);
        }

        List<ConsumerRecord<String, String>> received = consumeAll(topic, 1);

        assertThat(received).hasSize(1);
        assertThat(received.getFirst().key()).isEqualTo(key);
        assertThat(received.getFirst().value()).isEqualTo("{\"amount\":42}");
        assertThat(new String(received.getFirst().headers().lastHeader("ce_type").value()))
                .isEqualTo("hamyar.test.round-trip.v1");
    }

    @Test
    void topics_get_several_partitions_as_in_production() throws Exception {
        String topic = "partitions-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(topic, "k", "v")).get(30, TimeUnit.SECONDS);
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            assertThat(admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(topic).partitions()).hasSize(3);
        }
    }

    @Test
    void an_outage_keeps_the_port_and_the_records() throws Exception {
        String topic = "outage-" + UUID.randomUUID();
        String address = broker.bootstrapServers();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(topic, "before", "sent before the outage")).get(30, TimeUnit.SECONDS);
        }

        broker.stop();
        try {
            assertThat(broker.isRunning()).isFalse();
            assertThat(FreePorts.isFree(broker.port())).as("nothing listens during the outage").isTrue();
            try (KafkaProducer<String, String> producer = producer(Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000))) {
                assertThatThrownBy(() -> producer.send(new ProducerRecord<>(topic, "during", "lost?")).get(10, TimeUnit.SECONDS))
                        .as("a send during the outage fails").isNotNull();
            }
        } finally {
            broker.start();
        }

        assertThat(broker.bootstrapServers()).isEqualTo(address);
        try (KafkaProducer<String, String> producer = producer()) {
            RecordMetadata after = producer.send(new ProducerRecord<>(topic, "after", "sent after the outage")).get(30, TimeUnit.SECONDS);
            assertThat(after.topic()).isEqualTo(topic);
        }
        assertThat(consumeAll(topic, 2)).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("before", "after");
    }

    private KafkaProducer<String, String> producer() {
        return producer(Map.of());
    }

    private KafkaProducer<String, String> producer(Map<String, Object> extra) {
        Map<String, Object> config = new java.util.HashMap<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 5000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 4000));
        config.putAll(extra);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private List<ConsumerRecord<String, String>> consumeAll(String topic, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(60);
            while (received.size() < expected && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500)).forEach(received::add);
            }
            // a moment more: a duplicate would show up here
            consumer.poll(Duration.ofMillis(500)).forEach(received::add);
        }
        return received;
    }
}
