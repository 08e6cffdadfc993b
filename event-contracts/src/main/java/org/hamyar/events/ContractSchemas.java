package org.hamyar.events;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The JSON Schemas of event-contracts by name, as AsyncAPI documents refer to them
 * ({@code asyncapi/schemas/<name>.json}): one per event type, named by its {@code ce_type}
 * ({@code schemas/<ce_type>.json}, the data of the event), and {@value #CLOUD_EVENT_HEADERS}
 * ({@code schemas/cloudevents-headers.json}, the Kafka headers every event carries). Nothing else of
 * the classpath has a name here.
 */
public final class ContractSchemas {

    /** The schema of the CloudEvents headers, written once for every event and every document. */
    public static final String CLOUD_EVENT_HEADERS = "cloudevents-headers";

    private static final String FOLDER = "schemas/";

    private ContractSchemas() {
    }

    /** Every schema name: the {@code ce_type} of each event type, and {@value #CLOUD_EVENT_HEADERS}. */
    public static Set<String> names() {
        return Stream.concat(EventTypes.ALL.stream().map(EventType::type), Stream.of(CLOUD_EVENT_HEADERS))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The classpath resource of the schema with this name, when there is one. */
    public static Optional<String> resource(String name) {
        if (CLOUD_EVENT_HEADERS.equals(name)) {
            return Optional.of(FOLDER + CLOUD_EVENT_HEADERS + ".json");
        }
        return EventTypes.byType(name).map(EventType::schemaResource);
    }
}
