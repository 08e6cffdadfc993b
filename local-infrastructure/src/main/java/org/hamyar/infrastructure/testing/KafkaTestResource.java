package org.hamyar.infrastructure.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.hamyar.infrastructure.KafkaBroker;

import java.nio.file.Path;
import java.util.Map;

/**
 * A real Kafka broker for {@code @QuarkusTest}s: one per test JVM, started on first use on a free
 * port and shared by every test class; it stops when the JVM exits.
 *
 * <pre>{@code @QuarkusTestResource(KafkaTestResource.class)}</pre>
 *
 * <p>Outage tests call {@code KafkaTestResource.broker().stop()} and {@code start()}; the next
 * test class's {@link #start()} restarts a broker a failed test left stopped.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile KafkaBroker broker;

    /** The shared broker, started on first use; as an outage test left it otherwise. */
    public static synchronized KafkaBroker broker() {
        if (broker == null) {
            Path dataDir = TemporaryDirectories.create("hamyar-kafka-");
            TemporaryDirectories.deleteOnExit(dataDir, KafkaTestResource::stopBroker);
            broker = KafkaBroker.start(dataDir, 0);
        }
        return broker;
    }

    private static void stopBroker() {
        if (broker != null) {
            broker.stop();
        }
    }

    @Override
    public Map<String, String> start() {
        KafkaBroker shared = broker();
        shared.start(); // a no-op unless an earlier outage test failed before restarting it
        return Map.of("kafka.bootstrap.servers", shared.bootstrapServers());
    }

    @Override
    public void stop() {
        // shared by every test class of this JVM: it stops when the JVM exits
    }
}
