package org.hamyar.beneficiaries.asyncapi;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.hamyar.events.EventType;
import org.hamyar.events.agreements.AgreementEvents;
import org.hamyar.events.beneficiaries.BeneficiaryEvents;

/**
 * The AsyncAPI document of the service's topics, and the JSON Schemas of the events it names. The
 * schemas are read from the event-contracts jar, where their producer keeps them.
 */
@Path("/")
@PermitAll
public class AsyncApiResource {

    private static final String DOCUMENT = "asyncapi/beneficiaries-service.yaml";
    /** The event types the document refers to: nothing else of the classpath is served. */
    private static final Set<String> SCHEMAS = Stream.concat(BeneficiaryEvents.ALL.stream(),
                    Stream.of(AgreementEvents.AGREEMENT_ACTIVATED, AgreementEvents.AGREEMENT_AMENDED,
                            AgreementEvents.AGREEMENT_TERMINATED, AgreementEvents.AGREEMENT_EXPIRED))
            .map(EventType::type)
            .collect(Collectors.toUnmodifiableSet());

    @GET
    @Path("asyncapi.yaml")
    @Produces("application/yaml")
    @Operation(hidden = true)
    public byte[] document() {
        return resource(DOCUMENT);
    }

    @GET
    @Path("asyncapi/schemas/{type}.json")
    @Produces("application/schema+json")
    @Operation(hidden = true)
    public byte[] schema(@PathParam("type") String type) {
        if (!SCHEMAS.contains(type)) {
            throw new NotFoundException();
        }
        return resource("schemas/" + type + ".json");
    }

    private static byte[] resource(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new NotFoundException();
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
