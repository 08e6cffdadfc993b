package org.hamyar.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Everything a deployment tunes about the gateway: {@code hamyar.gateway.*}. */
@ConfigMapping(prefix = "hamyar.gateway")
public interface GatewayConfig {

    /** Where the three services are. */
    Services services();

    /** The reverse proxy in front of them. */
    Proxy proxy();

    /** One circuit breaker per service. */
    Breaker breaker();

    /** Per-client rate limits. */
    RateLimit rateLimit();

    /** The gateway's own aggregated views ({@code /api/mobile/...}). */
    Views views();

    /** The merged OpenAPI document. */
    OpenApi openapi();

    interface Services {
        /** Base URL of agreements-service ({@code AGREEMENTS_URL}); replicas comma-separated. */
        List<URI> agreements();

        /** Base URL of beneficiaries-service ({@code BENEFICIARIES_URL}); replicas comma-separated. */
        List<URI> beneficiaries();

        /** Base URL of donors-service ({@code DONORS_URL}); replicas comma-separated. */
        List<URI> donors();
    }

    interface Proxy {
        /**
         * How long a service may stay silent (no response, or no data while it streams one)
         * before the caller gets a 504 problem.
         */
        @WithDefault("10s")
        Duration timeout();

        /** How long opening a connection to a service may take; a refusal is reported at once. */
        @WithDefault("2s")
        Duration connectTimeout();

        /** Largest request body the gateway forwards; larger ones get a 413 problem. */
        @WithDefault("1M")
        MemorySize maxBodySize();

        /**
         * Largest body for {@code /api/imports} (CSV uploads of 100,000 rows and more). It must not
         * exceed {@code quarkus.http.limits.max-body-size}, which caps every request.
         */
        @WithDefault("64M")
        MemorySize importMaxBodySize();

        /**
         * How long a caller may take to send its request body (on every path but imports). A caller
         * still uploading when it runs out, or stalling long enough for the service's silence to
         * run out, gets a 408 problem, and its slowness never counts against the service's
         * circuit breaker: a few stalled connections cannot open the breaker for everyone.
         */
        @WithDefault("30s")
        Duration bodyTimeout();

        /** The same on {@code /api/imports}, whose uploads are large. */
        @WithDefault("300s")
        Duration importBodyTimeout();

        /** The silence allowed on {@code /api/imports}, whose uploads take longer than a JSON call. */
        @WithDefault("120s")
        Duration importTimeout();

        /** Pooled keep-alive connections to each service (per gateway replica). */
        @WithDefault("200")
        int maxConnectionsPerService();

        /**
         * Requests that may wait for a pooled connection; beyond it a request is answered 503 at once
         * instead of piling up in memory.
         */
        @WithDefault("2000")
        int maxWaitQueue();

        /**
         * When a service runs as several replicas: how long an instance that refused a connection
         * is passed over (requests go to the others) before it is tried again.
         */
        @WithDefault("5s")
        Duration refusedPause();
    }

    interface Breaker {
        /** Consecutive failures (refused, timed out, 502/503/504) that open a service's breaker. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open breaker answers 503 at once before it lets one trial request through. */
        @WithDefault("10s")
        Duration openDuration();
    }

    interface RateLimit {
        /** Rate limiting on or off (a load test of the services behind may switch it off). */
        @WithDefault("true")
        boolean enabled();

        /**
         * Sustained requests per second a client may make (per gateway replica), unless
         * {@link #clients()} names its OAuth client: enough for a partner agency's system that
         * checks a batch of households (docs/benchmarks.md, "Design choices the numbers drove").
         */
        @WithDefault("200")
        double requestsPerSecond();

        /** Requests a client may make at once after being idle: the bucket's size. */
        @WithDefault("400")
        int burst();

        /**
         * Limits of their own for some OAuth clients (the token's {@code azp}), comma-separated
         * {@code client-id=requests-per-second/burst}, e.g. {@code partner-erp=1000/2000,hamyar-app=50/100}
         * ({@code HAMYAR_GATEWAY_RATE_LIMIT_CLIENTS}). Each user of the client still has a bucket of
         * its own; a malformed entry stops the gateway at start, naming it.
         */
        Optional<List<String>> clients();

        /**
         * Clients tracked at once; beyond it new clients share one bucket until idle ones are
         * evicted, so a flood of identities cannot exhaust memory.
         */
        @WithDefault("100000")
        int maxClients();

        /** How often buckets that have refilled (idle clients) are dropped. */
        @WithDefault("1m")
        Duration evictionInterval();
    }

    interface Views {
        /** How long a view waits for each service before it answers with what it has ({@code partial: true}). */
        @WithDefault("2s")
        Duration timeout();
    }

    interface OpenApi {
        /** How long the merged document is served from memory before the services are asked again. */
        @WithDefault("60s")
        Duration cacheTtl();

        /** How long the gateway waits for a service's {@code /q/openapi}; a late service is left out. */
        @WithDefault("3s")
        Duration fetchTimeout();
    }
}
