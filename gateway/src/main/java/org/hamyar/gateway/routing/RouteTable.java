package org.hamyar.gateway.routing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * docs/product.md §6: which service answers a path, by the first segment after {@code /api/}.
 *
 * <p>A lookup is one substring and one hash lookup, so it costs nothing on the proxy path. A
 * segment only matches whole: {@code /api/aid-checks} goes to beneficiaries-service because it is
 * listed, not because it starts with {@code aid}.
 */
public final class RouteTable {

    /** The segment of the gateway's own views, {@code /api/mobile/...}. */
    public static final String MOBILE = "mobile";

    /** The segment whose uploads may be large ({@code /api/imports}). */
    public static final String IMPORTS = "imports";

    private static final String API = "/api/";

    private static final Map<String, DownstreamService> BY_SEGMENT;

    static {
        Map<String, DownstreamService> table = new LinkedHashMap<>();
        // <service>-admin: each service's event administration (transactional-outbox's EventAdminResource:
        // dead letters, events its outbox could not send), one prefix per service like every other path
        for (String segment : new String[] {"organizations", "agreements", "calendar", "agreements-admin"}) {
            table.put(segment, DownstreamService.AGREEMENTS);
        }
        for (String segment : new String[] {"persons", "households", "enrolments", "aid", "aid-checks",
                "duplicates", "referrals", "imports", "overlaps", "overlaps.csv", "overlap-overrides", "audit",
                "beneficiaries-admin"}) {
            table.put(segment, DownstreamService.BENEFICIARIES);
        }
        for (String segment : new String[] {"donors", "endowments", "funds", "donations", "allocations", "donors-admin"}) {
            table.put(segment, DownstreamService.DONORS);
        }
        BY_SEGMENT = Collections.unmodifiableMap(table);
    }

    private RouteTable() {
    }

    /** The service that owns {@code path} (a normalised path without query), if any. */
    public static Optional<DownstreamService> serviceFor(String path) {
        return Optional.ofNullable(serviceForSegment(firstSegment(path)));
    }

    /** The service that owns a first segment ({@code persons}), or null. */
    public static DownstreamService serviceForSegment(String segment) {
        return segment == null ? null : BY_SEGMENT.get(segment);
    }

    /** The first segment after {@code /api/}: {@code persons} for {@code /api/persons/1}; null outside {@code /api/}. */
    public static String firstSegment(String path) {
        if (path == null || !path.startsWith(API)) {
            return null;
        }
        int end = path.indexOf('/', API.length());
        return path.substring(API.length(), end < 0 ? path.length() : end);
    }

    /** The segments a service owns, in the order of docs/product.md §6. */
    public static Set<String> segmentsOf(DownstreamService service) {
        Set<String> segments = new LinkedHashSet<>();
        BY_SEGMENT.forEach((segment, owner) -> {
            if (owner == service) {
                segments.add(segment);
            }
        });
        return segments;
    }
}
