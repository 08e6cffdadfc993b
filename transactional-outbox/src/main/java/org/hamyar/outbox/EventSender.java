package org.hamyar.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends outbox rows to Kafka with one idempotent producer, created on first use. A plain
 * {@link KafkaProducer} rather than a messaging channel: the relay needs to know, record by record,
 * which sends the broker acknowledged, and it needs every wait bounded.
 */
@ApplicationScoped
class EventSender {

    /** What one batch came to: how many leading events the broker acknowledged, and why it stopped. */
    record Outcome(int acknowledged, Throwable failure) {
        boolean failed() {
            return failure != null;
        }
    }

    private final String bootstrapServers;
    private final Map<String, String> security;
    private final OutboxConfig config;
    private Producer<String, String> producer;

    /**
     * The relay signs in to the broker as the service's Kafka clients do ({@code kafka.security.protocol},
     * {@code kafka.sasl.*}): where the deployment runs Kafka with ACLs, the service's user is the one
     * allowed to write its topic.
     */
    EventSender(@ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers,
                @ConfigProperty(name = "kafka.security.protocol") Optional<String> securityProtocol,
                @ConfigProperty(name = "kafka.sasl.mechanism") Optional<String> saslMechanism,
                @ConfigProperty(name = "kafka.sasl.jaas.config") Optional<String> saslJaasConfig,
                OutboxConfig config) {
        this.bootstrapServers = bootstrapServers;
        var security = new HashMap<String, String>();
        securityProtocol.ifPresent(v -> security.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, v));
        if (saslJaasConfig.isPresent()) {
            saslMechanism.ifPresent(v -> security.put(SaslConfigs.SASL_MECHANISM, v));
            security.put(SaslConfigs.SASL_JAAS_CONFIG, saslJaasConfig.get());
        }
        this.security = Map.copyOf(security);
        this.config = config;
    }

    /**
     * Sends the events in order and waits for every acknowledgement. Only the leading run of
     * acknowledged events counts: marking a later one while an earlier one is resent would put a
     * key's events out of order.
     */
    Outcome send(List<PendingEvent> events) {
        Producer<String, String> producer;
        try {
            producer = producer();
        } catch (RuntimeException e) {
            return new Outcome(0, e);
        }
        var acks = new ArrayList<Future<RecordMetadata>>(events.size());
        Throwable failure = null;
        for (PendingEvent event : events) {
            Future<RecordMetadata> ack;
            try {
                ack = producer.send(event.toRecord());
            } catch (RuntimeException e) {
                failure = e;
                break;
            }
            acks.add(ack);
            // a send that failed at once (no metadata within max.block.ms: the broker is away)
            // would cost every following send the same wait
            if (ack.isDone() && failureOf(ack) != null) {
                break;
            }
        }
        // wait for all of them, so that nothing of this round is still in flight when the next begins
        int acknowledged = 0;
        long waitMillis = config.sendTimeout().toMillis() + Duration.ofSeconds(5).toMillis();
        for (Future<RecordMetadata> ack : acks) {
            Throwable error = waitFor(ack, waitMillis);
            if (error == null && failure == null) {
                acknowledged++;
            } else if (failure == null) {
                failure = error;
            }
        }
        return new Outcome(acknowledged, failure);
    }

    private static Throwable waitFor(Future<RecordMetadata> ack, long millis) {
        try {
            ack.get(millis, TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            return e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    private static Throwable failureOf(Future<RecordMetadata> done) {
        return waitFor(done, 0);
    }

    private synchronized Producer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private Map<String, Object> producerConfig() {
        int timeout = Math.toIntExact(config.sendTimeout().toMillis());
        var producerConfig = new HashMap<String, Object>(security);
        producerConfig.putAll(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay" + config.source().replace('/', '-'),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                // an outage ends the round within these bounds instead of hanging it; the producer
                // keeps reconnecting in the background and the next round finds the broker back
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout / 2,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout,
                ProducerConfig.LINGER_MS_CONFIG, 5));
        return producerConfig;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
