package org.hamyar.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A single-node Apache Kafka broker in KRaft mode (broker and controller in one process), run as
 * a child process from the jars the build copied to {@code target/kafka-broker-lib}.
 *
 * <p>The data directory keeps the formatted log, so {@link #stop()} then {@link #start()} — an
 * outage in a test — and a later {@code start} on the same directory keep every record.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String STARTED = "Kafka Server started";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Path dataDir;
    private final int port;
    private final int controllerPort;
    private final boolean detached;
    private ChildProcess process;

    private KafkaBroker(Path dataDir, int port, int controllerPort, boolean detached) {
        this.dataDir = dataDir.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
        this.detached = detached;
    }

    /** Starts a broker listening on {@code port} (0: a free one) and waits until it serves. */
    public static KafkaBroker start(Path dataDir, int port) {
        return start(dataDir, port, false);
    }

    /** As {@link #start(Path, int)}; a detached broker runs in its own session and outlives this JVM once {@link ChildProcess#release released} (the launcher's {@code up}). */
    public static KafkaBroker start(Path dataDir, int port, boolean detached) {
        int brokerPort = port == 0 ? FreePorts.next() : port;
        KafkaBroker broker = new KafkaBroker(dataDir, brokerPort, FreePorts.next(), detached);
        broker.start();
        return broker;
    }

    /** {@code 127.0.0.1:<port>}: the address the broker listens on and advertises. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The broker's pid while it runs. */
    public long pid() {
        requireRunning();
        return process.pid();
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts the broker again on the same port and data; a no-op while it runs. */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        FreePorts.requireFree(port, "Kafka broker");
        Path config = writeConfiguration();
        Path logFile = dataDir.resolve("kafka.log");
        if (!Files.exists(dataDir.resolve("data/meta.properties"))) {
            format(config, logFile);
        }
        long logStart = ChildProcess.logSize(logFile);
        process = ChildProcess.start("Kafka broker", javaCommand(config, "kafka.Kafka", config.toString()),
                Map.of(), dataDir, logFile, detached);
        try {
            process.awaitLogLine(STARTED, logStart, START_TIMEOUT);
        } catch (RuntimeException e) {
            process.stop(Duration.ofSeconds(5));
            throw e;
        }
    }

    /** Shuts the broker down cleanly (as a broker outage would look to clients); data stays. */
    public synchronized void stop() {
        if (process != null) {
            process.stop(STOP_GRACE);
            process = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void requireRunning() {
        if (!isRunning()) {
            throw new IllegalStateException("the Kafka broker in " + dataDir + " is not running");
        }
    }

    private void format(Path config, Path logFile) {
        ChildProcess formatting = ChildProcess.start("Kafka storage format",
                javaCommand(config, "kafka.tools.StorageTool", "format", "--ignore-formatted",
                        "--cluster-id", clusterId(), "--config", config.toString()),
                Map.of(), dataDir, logFile, false);
        int exit = formatting.awaitExit(Duration.ofSeconds(60));
        if (exit != 0) {
            throw new IllegalStateException("formatting the Kafka log directory failed with code " + exit
                    + "; last lines of " + logFile + ":\n" + formatting.logTail(20));
        }
        if (!Files.exists(dataDir.resolve("data/meta.properties"))) {
            throw new IllegalStateException("formatting the Kafka log directory " + dataDir.resolve("data")
                    + " left no meta.properties; last lines of " + logFile + ":\n" + formatting.logTail(20));
        }
    }

    private List<String> javaCommand(Path config, String mainClass, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx512m",
                "-Dlog4j2.configurationFile=" + config.resolveSibling("log4j2.properties"),
                "-cp", BuildOutputs.kafkaBrokerLib().resolve("*").toString(),
                mainClass));
        command.addAll(List.of(arguments));
        return command;
    }

    private Path writeConfiguration() {
        try {
            Path configDir = Files.createDirectories(dataDir.resolve("config"));
            try (InputStream log4j = KafkaBroker.class.getResourceAsStream("/kafka/log4j2.properties")) {
                Files.copy(log4j, configDir.resolve("log4j2.properties"), StandardCopyOption.REPLACE_EXISTING);
            }
            String properties = """
                    # written by org.hamyar.infrastructure.KafkaBroker: one node, broker and controller
                    process.roles=broker,controller
                    node.id=1
                    controller.quorum.voters=1@127.0.0.1:%2$d
                    listeners=PLAINTEXT://127.0.0.1:%1$d,CONTROLLER://127.0.0.1:%2$d
                    advertised.listeners=PLAINTEXT://127.0.0.1:%1$d
                    listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                    controller.listener.names=CONTROLLER
                    inter.broker.listener.name=PLAINTEXT
                    log.dirs=%3$s
                    # several partitions, as in production: per-key ordering must not rely on a single partition
                    num.partitions=3
                    auto.create.topics.enable=true
                    # one node: internal topics cannot be replicated
                    offsets.topic.replication.factor=1
                    offsets.topic.num.partitions=10
                    transaction.state.log.replication.factor=1
                    transaction.state.log.min.isr=1
                    share.coordinator.state.topic.replication.factor=1
                    share.coordinator.state.topic.min.isr=1
                    # tests start consumers often; the production default waits 3 s before each first rebalance
                    group.initial.rebalance.delay.ms=0
                    """.formatted(port, controllerPort, dataDir.resolve("data"));
            Path config = configDir.resolve("server.properties");
            Files.writeString(config, properties);
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Kafka configuration in " + dataDir, e);
        }
    }

    /** A KRaft cluster id: 16 random bytes, base64url without padding (what kafka-storage random-uuid prints). */
    private static String clusterId() {
        SecureRandom random = new SecureRandom();
        byte[] bytes = new byte[16];
        String id;
        do {
            random.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-")); // Kafka refuses ids that look like a command-line option
        return id;
    }

    @Override
    public String toString() {
        return "Kafka broker " + bootstrapServers() + " (" + dataDir + ")";
    }
}
