package org.hamyar.faults.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.hamyar.faults.CaseResult;
import org.hamyar.faults.Http;
import org.hamyar.infrastructure.suite.Suite;

/**
 * Case 3 of issue 11, the events between the services under faults: writes across the services
 * ({@link Load}) while the Kafka broker is stopped and started again twice (<b>broker-down</b>), or
 * while each service process in turn is killed with SIGKILL and started again (<b>kill</b>). Then,
 * once the outboxes are drained and the consumers have caught up, {@link DeliveryCheck}: nothing
 * committed is lost, nothing is applied twice.
 */
public final class DeliveryCases {

    /** The writes are sent in phases, one fault each; the fault starts this far into its phase. */
    private static final double FAULT_AT = 0.2;
    /** A hunted moment (a relay between acknowledgement and mark, a consumer mid-batch) is looked for this long. */
    private static final Duration HUNT = Duration.ofSeconds(20);

    private final Suite suite;
    private final Http http;
    private final long writes;
    private final Duration quietBound;
    private final long seed;

    public DeliveryCases(Suite suite, Http http, long writes, boolean quick, long seed) {
        this.suite = suite;
        this.http = http;
        this.writes = writes;
        this.quietBound = quick ? Duration.ofMinutes(3) : Duration.ofMinutes(10);
        this.seed = seed;
    }

    public CaseResult brokerDown() {
        return run(new CaseResult("broker-down: " + writes + " writes, Kafka stopped and restarted twice"), false, seed, this::brokerDown);
    }

    public CaseResult kill() {
        return run(new CaseResult("kill: " + writes + " writes, kill -9 of each service in turn"), true, seed + 1, this::kill);
    }

    private interface Faults {
        void inject(CaseResult result, Load load, EventLog log, DeliveryCheck check) throws Exception;
    }

    /** @param seed the case's own: another case's would register the same donor and households again */
    private CaseResult run(CaseResult result, boolean processesDie, long seed, Faults faults) {
        System.out.println(result.name() + " ...");
        try (EventLog log = new EventLog(suite.kafkaBootstrapServers()); DeliveryCheck check = new DeliveryCheck(suite.options())) {
            Load load = new Load(suite, http, result, seed, processesDie);
            check.begin();
            load.prepare();
            faults.inject(result, load, log, check);
            result.runs(load.sent());
            Duration quiet = check.awaitQuiet(log, quietBound);
            if (quiet == null) {
                result.note("FAILED: after " + quietBound.toMinutes() + " minutes the outboxes still held " + check.unsent()
                        + " unsent events or a consumer group had not caught up; what is missing counts as lost");
            } else {
                result.note("outboxes drained and consumers caught up " + quiet.toSeconds() + " s after the last write");
            }
            check.verify(result, log, load.acknowledged());
            result.note(load.sent() + " writes: " + load.acknowledged().size() + " acknowledged, " + load.refused()
                    + " refused (4xx), " + load.unanswered() + " without an answer (the process was down or died under"
                    + " them, or the gateway found it so: not counted as lost, but what they committed is checked like the rest)");
        } catch (Exception | AssertionError e) {
            result.broken("the case could not run: " + e);
            e.printStackTrace();
        } finally {
            restoreEverything(result);
        }
        System.out.printf("  %d writes, %s%n", result.runsCount(), result.passed() ? "PASS" : "FAIL " + result.notes());
        return result;
    }

    // ---- broker-down --------------------------------------------------------------------------

    /**
     * Two phases of half the writes. In each the broker is stopped a fifth of the way in (cleanly,
     * as an outage looks to clients: the relays' sends fail, the consumers lose their connection) and
     * started again, on its port with its log, once three quarters of the phase's writes are sent.
     */
    private void brokerDown(CaseResult result, Load load, EventLog log, DeliveryCheck check) throws Exception {
        for (int outage = 1; outage <= 2; outage++) {
            long phase = writes / 2;
            long from = load.sent();
            CompletableFuture<Void> writing = load.start(phase);
            awaitProgress(load, from, phase * FAULT_AT, writing);
            long stopAt = load.sent();
            suite.kafka().stop();
            long downFrom = load.acknowledgedCount();
            awaitProgress(load, from, phase * 0.75, writing);
            long downWrites = load.acknowledgedCount() - downFrom;
            long unsent = check.unsent();
            long startAt = load.sent();
            startBroker(result);
            writing.get(30, TimeUnit.MINUTES);
            result.note("outage " + outage + ": broker stopped at write " + stopAt + ", started again at write " + startAt
                    + "; " + downWrites + " writes acknowledged while it was down, " + unsent + " events waiting in the"
                    + " outboxes when it came back");
        }
    }

    // ---- kill -------------------------------------------------------------------------------

    /**
     * One phase per service process, a quarter of the writes each. A fifth of the way in the
     * process is killed with SIGKILL and started again at once on its port, while the writes go on:
     * the agreements-service and the gateway at that moment, the beneficiaries-service right after
     * the broker acknowledged records its relay has not yet marked published, the donors-service
     * while its aid consumer is working through a backlog.
     */
    private void kill(CaseResult result, Load load, EventLog log, DeliveryCheck check) throws Exception {
        List<String> victims = List.of("agreements", "gateway", "beneficiaries", "donors");
        for (String victim : victims) {
            long phase = writes / victims.size();
            long from = load.sent();
            CompletableFuture<Void> writing = load.start(phase);
            awaitProgress(load, from, phase * FAULT_AT, writing);
            String moment = switch (victim) {
                case "beneficiaries" -> hunt(relayBetweenAcknowledgementAndMark(log, check),
                        "the broker had acknowledged records of beneficiaries.events its relay had not marked published yet");
                case "donors" -> hunt(consumerMidBatch(check), "its aid consumer was applying a backlog of AidGranted/AidRevoked");
                default -> "heavy writing";
            };
            long killAt = load.sent();
            suite.kill(victim);
            long killed = System.nanoTime();
            restart(result, victim);
            writing.get(30, TimeUnit.MINUTES);
            result.note(victim + ": kill -9 at write " + killAt + " (" + moment + "), ready again after "
                    + Duration.ofNanos(System.nanoTime() - killed).toSeconds() + " s");
        }
        result.note("approximated: a kill \"right after the broker acknowledged a send\" is a kill when the end offsets of"
                + " beneficiaries.events, read first, exceed the relay's published rows read next (the window between the"
                + " acknowledgement and the commit of the mark); a consumer \"mid-batch\" is one whose applied count rose in"
                + " the last poll while AidGranted/AidRevoked it has not applied are waiting. When the window is not seen within "
                + HUNT.toSeconds() + " s the kill happens during heavy writing, and the note says so");
    }

    /**
     * Whether the broker holds records of beneficiaries.events that the relay has not marked
     * published yet: the end offsets are read first, then the marks, so a surplus was there when
     * the marks were read. Records sent twice before make the topic hold more than the outbox
     * marked for good; the smallest difference of the first samples is that surplus.
     */
    private BooleanSupplier relayBetweenAcknowledgementAndMark(EventLog log, DeliveryCheck check) {
        String database = suite.options().beneficiariesDatabase();
        long[] surplus = {Long.MAX_VALUE};
        int[] samples = {0};
        return () -> {
            long acknowledged = log.endOffsets(EventLog.BENEFICIARIES);
            long unmarked = acknowledged - check.published(database, EventLog.BENEFICIARIES);
            if (samples[0]++ < 20) {
                surplus[0] = Math.min(surplus[0], unmarked);
                return false;
            }
            return unmarked > surplus[0];
        };
    }

    private BooleanSupplier consumerMidBatch(DeliveryCheck check) {
        long[] applied = {check.appliedAidEvents()};
        return () -> {
            long now = check.appliedAidEvents();
            long waiting = check.publishedAidEvents() - now;
            boolean working = now > applied[0] && waiting >= 5;
            applied[0] = now;
            return working;
        };
    }

    /** Polls {@code moment} until it holds or {@link #HUNT} passes; says which happened. */
    private static String hunt(BooleanSupplier moment, String what) {
        long deadline = System.nanoTime() + HUNT.toNanos();
        while (System.nanoTime() < deadline) {
            if (moment.getAsBoolean()) {
                return "seen: " + what;
            }
        }
        return "not seen within " + HUNT.toSeconds() + " s (" + what + "): killed during heavy writing";
    }

    // ---- plumbing -----------------------------------------------------------------------------

    private static void awaitProgress(Load load, long from, double writes, CompletableFuture<Void> writing) throws InterruptedException {
        while (load.sent() - from < writes && !writing.isDone()) {
            Thread.sleep(20);
        }
    }

    /**
     * The broker started again; up to three tries, like the suite's own start: on a busy machine
     * it may miss its start timeout (it is stopped then, and started afresh on the same log).
     */
    private void startBroker(CaseResult result) {
        for (int attempt = 1; ; attempt++) {
            try {
                suite.kafka().start();
                return;
            } catch (RuntimeException e) {
                if (attempt == 3) {
                    throw e;
                }
                result.note("the broker was not started within its timeout (try " + attempt + "); trying again");
            }
        }
    }

    /**
     * A killed service started again. On a machine so busy that the service is not ready within the
     * suite's timeout, it is given five minutes more: it is still starting, not broken.
     */
    private void restart(CaseResult result, String service) {
        try {
            suite.restart(service);
        } catch (IllegalStateException e) {
            result.note(service + " was not ready within the suite's timeout after its restart; waited longer");
            awaitReady(service, Duration.ofMinutes(5));
        }
    }

    private void awaitReady(String service, Duration bound) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(suite.serviceUrl(service) + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + bound.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
                Thread.sleep(1_000);
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        throw new IllegalStateException(service + " was not ready " + bound.toMinutes() + " minutes after its restart either");
    }

    /** Whatever happened, the next case finds the broker and every service running. */
    private void restoreEverything(CaseResult result) {
        try {
            startBroker(result);
            for (String service : Suite.SERVICES) {
                restart(result, service);
            }
        } catch (RuntimeException e) {
            result.broken("the suite could not be restored after the case: " + e.getMessage());
        }
    }
}
