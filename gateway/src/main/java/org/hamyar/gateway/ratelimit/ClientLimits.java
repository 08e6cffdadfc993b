package org.hamyar.gateway.ratelimit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which rate a client gets: the one configured for its OAuth client id (the token's {@code azp}),
 * else the default. Entries are written {@code client-id=requests-per-second/burst}, e.g.
 * {@code partner-erp=1000/2000} ({@code hamyar.gateway.rate-limit.clients}, a comma-separated list,
 * so that one environment variable carries them all).
 */
public final class ClientLimits {

    /** A sustained rate and the requests a client may make at once after being idle. */
    public record Limit(double requestsPerSecond, int burst) {

        public Limit {
            if (!(requestsPerSecond > 0) || Double.isInfinite(requestsPerSecond)) {
                throw new IllegalArgumentException("a rate limit needs a positive rate: " + requestsPerSecond);
            }
            if (burst < 1) {
                throw new IllegalArgumentException("a rate limit needs a burst of at least 1: " + burst);
            }
        }
    }

    private final Limit defaultLimit;
    private final Map<String, Limit> byClient;

    public ClientLimits(Limit defaultLimit, Map<String, Limit> byClient) {
        this.defaultLimit = Objects.requireNonNull(defaultLimit, "defaultLimit");
        this.byClient = Map.copyOf(byClient);
    }

    /**
     * The limits of the configuration's entries.
     *
     * @throws IllegalArgumentException naming the entry that is not {@code client-id=rate/burst}
     */
    public static ClientLimits parse(Limit defaultLimit, List<String> entries) {
        Map<String, Limit> byClient = new HashMap<>();
        for (String entry : entries) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            int slash = entry.indexOf('/', equals + 1);
            String client = equals < 0 ? "" : entry.substring(0, equals).strip();
            if (client.isEmpty() || slash < 0) {
                throw invalid(entry, null);
            }
            try {
                Limit limit = new Limit(Double.parseDouble(entry.substring(equals + 1, slash).strip()),
                        Integer.parseInt(entry.substring(slash + 1).strip()));
                if (byClient.put(client, limit) != null) {
                    throw new IllegalArgumentException("client " + client + " is listed twice");
                }
            } catch (IllegalArgumentException e) {
                throw invalid(entry, e);
            }
        }
        return new ClientLimits(defaultLimit, byClient);
    }

    /** The limit of this OAuth client id; null (no token, or a token without {@code azp}): the default. */
    public Limit of(String clientId) {
        return clientId == null ? defaultLimit : byClient.getOrDefault(clientId, defaultLimit);
    }

    public Limit defaultLimit() {
        return defaultLimit;
    }

    private static IllegalArgumentException invalid(String entry, Exception cause) {
        return new IllegalArgumentException("hamyar.gateway.rate-limit.clients: \"" + entry
                + "\" is not client-id=requests-per-second/burst (e.g. partner-erp=1000/2000)"
                + (cause == null ? "" : ": " + cause.getMessage()), cause);
    }
}
