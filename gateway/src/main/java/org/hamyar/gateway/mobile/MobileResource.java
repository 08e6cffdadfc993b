package org.hamyar.gateway.mobile;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamyar.api.requestid.RequestIds;
import org.hamyar.api.security.Caller;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;

/** The gateway's own views for the mobile apps, {@code /api/mobile/...}. */
@Path("/api/mobile")
@Tag(name = "mobile", description = "Views for the mobile apps, assembled by the gateway from several services")
@Authenticated
public class MobileResource {

    @Inject
    MobileViews views;

    @Inject
    Caller caller;

    @GET
    @Path("/me")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "mobileMe", summary = "The signed-in user, roles and organisation",
            description = "Username, Hamyar roles and organisation (names, type, province from agreements-service). "
                    + "If agreements-service does not answer within the views' timeout, the answer is still 200 "
                    + "with organization null, partial true and missing [\"agreements-service\"].")
    @APIResponse(responseCode = "200", description = "The user; partial when a service was missing",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeView.class)))
    @APIResponse(responseCode = "401", description = "No token, or one that does not verify",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "Rate limit used up (see Retry-After)",
            content = @Content(mediaType = "application/problem+json"))
    public Uni<MeView> me(HttpHeaders headers) {
        MultiMap forwarded = MultiMap.caseInsensitiveMultiMap();
        copy(headers, forwarded, HttpHeaders.AUTHORIZATION);
        copy(headers, forwarded, RequestIds.HEADER);
        copy(headers, forwarded, HttpHeaders.ACCEPT_LANGUAGE);
        return views.me(caller.actor(), forwarded);
    }

    private static void copy(HttpHeaders from, MultiMap to, String name) {
        String value = from.getHeaderString(name);
        if (value != null) {
            to.set(name, value);
        }
    }
}
