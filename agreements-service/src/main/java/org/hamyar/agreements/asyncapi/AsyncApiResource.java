package org.hamyar.agreements.asyncapi;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamyar.events.EventType;
import org.hamyar.events.agreements.AgreementEvents;

/**
 * The event documentation, public like the OpenAPI document: the AsyncAPI 3 description of the
 * topic {@code agreements.events} and the JSON Schema of each event it refers to (the schemas live
 * in event-contracts, where consumers find them too).
 */
@Path("/")
@PermitAll
@Tag(name = "events", description = "AsyncAPI and JSON Schemas of the events this service publishes")
public class AsyncApiResource {

    private static final Map<String, String> SCHEMAS = AgreementEvents.ALL.stream()
            .collect(Collectors.toUnmodifiableMap(EventType::type, EventType::schemaResource));

    private final String asyncApi = read("asyncapi/agreements-events.yaml");
    private final Map<String, String> schemas = SCHEMAS.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> read(e.getValue())));

    @GET
    @Path("asyncapi.yaml")
    @Produces("application/yaml")
    @Operation(operationId = "getAsyncApi", summary = "The AsyncAPI 3 document of agreements.events")
    @APIResponse(responseCode = "200")
    public String asyncApi() {
        return asyncApi;
    }

    @GET
    @Path("schemas/{type}.json")
    @Produces("application/schema+json")
    @Operation(operationId = "getEventSchema", summary = "The JSON Schema (draft 2020-12) of one event type, by its ce_type")
    @APIResponse(responseCode = "200")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public String schema(@PathParam("type") String type) {
        String schema = schemas.get(type);
        if (schema == null) {
            throw new NotFoundException();
        }
        return schema;
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
