package org.hamyar.faults.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The topics as a plain Kafka client sees them, apart from the services' own clients: every
 * {@code ce_id} on them and how many copies it has, the end offsets, and how far each service's
 * consumer group has got.
 */
final class EventLog implements AutoCloseable {

    static final String AGREEMENTS = "agreements.events";
    static final String BENEFICIARIES = "beneficiaries.events";
    static final String DONORS = "donors.events";
    /** What each service's consumer group reads (their application.properties). */
    static final Map<String, List<String>> GROUPS = Map.of(
            "beneficiaries-service", List.of(AGREEMENTS),
            "donors-service", List.of(BENEFICIARIES, AGREEMENTS));

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Admin admin;

    EventLog(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        consumer = new KafkaConsumer<>(properties);
        Properties adminProperties = new Properties();
        adminProperties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        admin = Admin.create(adminProperties);
    }

    /** {@code ce_id → copies} over the three topics, read from the beginning to the end offsets of now. */
    Map<String, Integer> copiesById() {
        List<TopicPartition> partitions = partitions(List.of(AGREEMENTS, BENEFICIARIES, DONORS));
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<String, Integer> copies = new HashMap<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the topics could not be read to their end in 5 minutes");
            }
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                Header id = record.headers().lastHeader("ce_id");
                copies.merge(id == null ? "(no ce_id)" : new String(id.value(), StandardCharsets.UTF_8), 1, Integer::sum);
            }
        }
        consumer.unsubscribe();
        return copies;
    }

    /** The sum of the end offsets of a topic's partitions: how many records the broker has acknowledged on it. */
    long endOffsets(String topic) {
        return consumer.endOffsets(partitions(List.of(topic))).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Records on the topics a consumer group reads that it has not committed yet. */
    long lag(String group) {
        List<TopicPartition> partitions = partitions(GROUPS.get(group));
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        Map<TopicPartition, OffsetAndMetadata> committed;
        try {
            committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the offsets of " + group + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        long lag = 0;
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata at = committed.get(partition);
            lag += ends.get(partition) - (at == null ? 0 : at.offset());
        }
        return lag;
    }

    private List<TopicPartition> partitions(List<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            if (infos != null) {
                infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
        }
        return partitions;
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
        admin.close(Duration.ofSeconds(5));
    }
}
