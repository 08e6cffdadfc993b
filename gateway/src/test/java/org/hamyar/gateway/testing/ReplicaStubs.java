package org.hamyar.gateway.testing;

import java.util.List;
import java.util.Map;

import org.hamyar.gateway.routing.DownstreamService;
import org.hamyar.infrastructure.FreePorts;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;

/**
 * Services running as replicas: agreements as two stub instances, beneficiaries as a replica
 * that refuses connections (a free port nobody listens on) and one that answers, donors as one.
 */
public class ReplicaStubs implements QuarkusTestResourceLifecycleManager {

    private static volatile List<StubService> agreements = List.of();
    private static volatile StubService beneficiaries;
    private Vertx vertx;

    /** The two agreements replicas. */
    public static List<StubService> agreements() {
        return agreements;
    }

    /** The beneficiaries replica that answers. */
    public static StubService beneficiaries() {
        return beneficiaries;
    }

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        StubService first = started(DownstreamService.AGREEMENTS);
        StubService second = started(DownstreamService.AGREEMENTS);
        StubService answering = started(DownstreamService.BENEFICIARIES);
        StubService donors = started(DownstreamService.DONORS);
        agreements = List.of(first, second);
        beneficiaries = answering;
        String refusing = "http://localhost:" + FreePorts.next();
        return Map.of(
                "hamyar.gateway.services.agreements", first.url() + "," + second.url(),
                "hamyar.gateway.services.beneficiaries", refusing + "," + answering.url(),
                "hamyar.gateway.services.donors", donors.url());
    }

    private StubService started(DownstreamService service) {
        StubService stub = new StubService(vertx, service);
        stub.start();
        return stub;
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
