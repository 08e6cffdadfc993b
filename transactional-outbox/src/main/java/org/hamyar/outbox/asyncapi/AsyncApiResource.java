package org.hamyar.outbox.asyncapi;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Serves a service's event documentation, public like its OpenAPI document, in every service that
 * uses this library and has a REST layer:
 * <ul>
 *   <li>{@code GET /asyncapi.yaml} — the service's AsyncAPI document (its resource
 *       {@value EventDocumentation#DOCUMENT}); 404 when it has none;</li>
 *   <li>{@code GET /asyncapi/schemas/{name}.json} — a JSON Schema of event-contracts the document
 *       refers to: the data of an event by its {@code ce_type}, or {@code cloudevents-headers}, the
 *       headers every event carries; 404 for any other name.</li>
 * </ul>
 * Not part of the service's REST API, so not in its OpenAPI document.
 */
@Path("/")
@PermitAll
public class AsyncApiResource {

    private volatile EventDocumentation documentation;

    @GET
    @Path("asyncapi.yaml")
    @Produces("application/yaml")
    @Operation(hidden = true)
    public byte[] document() {
        return documentation().document().orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("asyncapi/schemas/{name}.json")
    @Produces("application/schema+json")
    @Operation(hidden = true)
    public byte[] schema(@PathParam("name") String name) {
        return documentation().schema(name).orElseThrow(NotFoundException::new);
    }

    private EventDocumentation documentation() {
        EventDocumentation loaded = documentation;
        if (loaded == null) {
            loaded = EventDocumentation.load(Thread.currentThread().getContextClassLoader());
            documentation = loaded;
        }
        return loaded;
    }
}
