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
import java.util.HashSet;
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

    /** What became of one event of a batch. */
    enum Status {
        /** the broker has it */
        ACKNOWLEDGED,
        /** the broker refuses this record for good ({@link ProducerFailures#refusesTheRecord}) */
        REFUSED,
        /** the send failed in a way that passes (the broker away, a timeout) */
        FAILED,
        /** not sent: an earlier event of its key was refused in this batch */
        HELD,
        /** not sent: the batch stopped at an earlier failure */
        UNSENT
    }

    /** One event's result; {@code failure} for REFUSED and FAILED. */
    record Sent(Status status, Throwable failure) {
        static final Sent ACKNOWLEDGED = new Sent(Status.ACKNOWLEDGED, null);
        static final Sent HELD = new Sent(Status.HELD, null);
        static final Sent UNSENT = new Sent(Status.UNSENT, null);

        static Sent failed(Throwable failure) {
            return new Sent(ProducerFailures.refusesTheRecord(failure) ? Status.REFUSED : Status.FAILED, failure);
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
     * Sends the events in order and waits for every acknowledgement. A record the broker refuses for
     * good does not stop the batch, but the later events of its key (topic and aggregate id) are not
     * sent after it ({@link Status#HELD}); a failure that passes (the broker away) stops the batch
     * there ({@link Status#UNSENT} for the rest).
     *
     * @return one result per event, in the order of {@code events}
     */
    List<Sent> send(List<PendingEvent> events) {
        Producer<String, String> producer;
        try {
            producer = producer();
        } catch (RuntimeException e) {
            var results = new ArrayList<Sent>(events.size());
            for (int i = 0; i < events.size(); i++) {
                results.add(i == 0 ? new Sent(Status.FAILED, e) : Sent.UNSENT);
            }
            return results;
        }
        var results = new ArrayList<Sent>(events.size());
        var acks = new ArrayList<Future<RecordMetadata>>(events.size());
        var heldKeys = new HashSet<String>();
        boolean stopped = false;
        for (PendingEvent event : events) {
            Sent result = null;
            Future<RecordMetadata> ack = null;
            String key = event.topic() + '\u0000' + event.aggregateId();
            if (stopped) {
                result = Sent.UNSENT;
            } else if (heldKeys.contains(key)) {
                result = Sent.HELD;
            } else {
                try {
                    ack = producer.send(event.toRecord());
                    // a send that failed at once (no metadata within max.block.ms: the broker is away;
                    // or a record over max.request.size) is known now; a broker away would cost
                    // every following send the same wait
                    Throwable immediate = ack.isDone() ? failureOf(ack) : null;
                    if (immediate != null) {
                        result = Sent.failed(immediate);
                        ack = null;
                    }
                } catch (RuntimeException e) {
                    result = Sent.failed(e);
                }
                if (result != null && result.status() == Status.REFUSED) {
                    heldKeys.add(key);
                } else if (result != null) {
                    stopped = true;
                }
            }
            results.add(result);
            acks.add(ack);
        }
        // wait for all of them, so that nothing of this round is still in flight when the next begins
        long waitMillis = config.sendTimeout().toMillis() + Duration.ofSeconds(5).toMillis();
        for (int i = 0; i < acks.size(); i++) {
            if (acks.get(i) != null) {
                Throwable error = waitFor(acks.get(i), waitMillis);
                results.set(i, error == null ? Sent.ACKNOWLEDGED : Sent.failed(error));
            }
        }
        return results;
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
                ProducerConfig.LINGER_MS_CONFIG, 5,
                // a larger event is refused here, before anything behind it is sent (OutboxConfig)
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, config.maxRecordSize()));
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
