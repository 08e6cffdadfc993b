package org.hamyar.gateway.openapi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hamyar.gateway.aggregation.ServiceCalls;
import org.hamyar.gateway.aggregation.ServiceReply;
import org.hamyar.gateway.config.GatewayConfig;
import org.hamyar.gateway.openapi.OpenApiMerger.MissingService;
import org.hamyar.gateway.openapi.OpenApiMerger.ServiceDocument;
import org.hamyar.gateway.routing.DownstreamService;
import org.hamyar.gateway.time.Ticker;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.smallrye.openapi.runtime.OpenApiConstants;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.mutiny.Uni;
import io.smallrye.openapi.runtime.io.Format;
import io.vertx.core.MultiMap;

/**
 * The merged document, kept for {@code hamyar.gateway.openapi.cache-ttl}: the services are asked
 * at most once per period however many readers come, and a reader never waits for a service
 * longer than {@code fetch-timeout}. A document missing a service is kept for the same period;
 * the next refresh includes the service again once it answers.
 */
@ApplicationScoped
public class MergedOpenApi {

    private static final Logger LOG = Logger.getLogger(MergedOpenApi.class);

    private final ServiceCalls services;
    private final OpenApiDocumentService ownDocument;
    private final ObjectMapper json;
    private final GatewayConfig config;
    private final Ticker ticker;

    private record Cached(byte[] document, long madeAt) {
    }

    private volatile Cached cached;
    /** The refresh under way, shared by every reader that arrives meanwhile. */
    private Uni<byte[]> refreshing;

    @Inject
    public MergedOpenApi(ServiceCalls services, OpenApiDocumentService ownDocument, ObjectMapper json,
                         GatewayConfig config, Ticker ticker) {
        this.services = services;
        this.ownDocument = ownDocument;
        this.json = json;
        this.config = config;
        this.ticker = ticker;
    }

    public Uni<byte[]> document() {
        Cached current = cached;
        if (current != null && ticker.nanoTime() - current.madeAt() < config.openapi().cacheTtl().toNanos()) {
            return Uni.createFrom().item(current.document());
        }
        synchronized (this) {
            if (refreshing == null) {
                refreshing = build()
                        .invoke(document -> cached = new Cached(document, ticker.nanoTime()))
                        .eventually(this::refreshed)
                        .memoize().indefinitely();
            }
            return refreshing;
        }
    }

    private synchronized void refreshed() {
        refreshing = null;
    }

    private Uni<byte[]> build() {
        List<Uni<ServiceReply>> fetches = new ArrayList<>();
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        for (DownstreamService service : DownstreamService.values()) {
            fetches.add(services.getJson(service, "/q/openapi?format=json", headers, config.openapi().fetchTimeout()));
        }
        return Uni.join().all(fetches).andFailFast().map(replies -> {
            List<ServiceDocument> documents = new ArrayList<>();
            List<MissingService> missing = new ArrayList<>();
            for (ServiceReply reply : replies) {
                if (reply instanceof ServiceReply.Answered answered && answered.ok() && answered.body() != null
                        && answered.body().isObject()) {
                    documents.add(new ServiceDocument(reply.service(), answered.body()));
                } else {
                    String reason = reply instanceof ServiceReply.Missing gap ? gap.reason()
                            : "status " + ((ServiceReply.Answered) reply).status();
                    missing.add(new MissingService(reply.service(), reason));
                }
            }
            if (!missing.isEmpty()) {
                LOG.infof("merged OpenAPI document without %s", missing);
            }
            return write(OpenApiMerger.merge(own(), documents, missing));
        });
    }

    private JsonNode own() {
        try {
            return json.readTree(ownDocument.getDocument(OpenApiConstants.DEFAULT_DOCUMENT_NAME, Format.JSON));
        } catch (IOException | RuntimeException e) {
            LOG.warn("the gateway's own OpenAPI document could not be read; merging without it", e);
            return null;
        }
    }

    private byte[] write(JsonNode document) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
