package org.hamyar.gateway.aggregation;

import com.fasterxml.jackson.databind.JsonNode;

import org.hamyar.gateway.routing.DownstreamService;

/**
 * What an aggregated view got from one service: an answer (any status, with its JSON body), or
 * nothing because the service was down, slow, or behind an open breaker. A view never fails for a
 * missing part; it says which part is missing.
 */
public sealed interface ServiceReply {

    DownstreamService service();

    record Answered(DownstreamService service, int status, JsonNode body) implements ServiceReply {

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** {@code reason}: {@code unreachable}, {@code timeout}, {@code circuit-open}, {@code unwell}, {@code malformed} ... */
    record Missing(DownstreamService service, String reason) implements ServiceReply {
    }
}
