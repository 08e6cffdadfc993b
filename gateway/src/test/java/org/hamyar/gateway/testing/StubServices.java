package org.hamyar.gateway.testing;

import java.util.EnumMap;
import java.util.Map;

import org.hamyar.gateway.routing.DownstreamService;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;

/**
 * Starts the three {@link StubService}s on free ports and points the gateway at them
 * ({@code hamyar.gateway.services.*}). They stand in for the real services in the gateway's own
 * routing tests; the end-to-end tests run the real ones.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    private static volatile Map<DownstreamService, StubService> current = Map.of();
    private Vertx vertx;

    public static StubService stub(DownstreamService service) {
        return current.get(service);
    }

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<DownstreamService, StubService> stubs = new EnumMap<>(DownstreamService.class);
        for (DownstreamService service : DownstreamService.values()) {
            StubService stub = new StubService(vertx, service);
            stub.start();
            stubs.put(service, stub);
        }
        current = stubs;
        return Map.of(
                "hamyar.gateway.services.agreements", stubs.get(DownstreamService.AGREEMENTS).url(),
                "hamyar.gateway.services.beneficiaries", stubs.get(DownstreamService.BENEFICIARIES).url(),
                "hamyar.gateway.services.donors", stubs.get(DownstreamService.DONORS).url());
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
