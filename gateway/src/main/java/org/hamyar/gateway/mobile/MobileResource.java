package org.hamyar.gateway.mobile;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamyar.api.requestid.RequestIds;
import org.hamyar.api.security.Caller;
import org.hamyar.api.security.Roles;

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
        return views.me(caller.actor(), forwarded(headers));
    }

    @GET
    @Path("/households/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(operationId = "mobileHouseholdSummary", summary = "A household with its aid and where each aid's money came from",
            description = "For field staff: the household and its newest aid (up to 100) as the beneficiaries-service shows them "
                    + "to the caller, and for each aid the allocations that paid for it (fund, kind, amount, endowment) as the "
                    + "donors-service shows them to the caller: the providing organisation's own allocations, or all for an auditor. "
                    + "Every call carries the caller's token. A household the caller may not see is the beneficiaries-service's 404. "
                    + "When a service does not answer within the views' timeout, the answer is still 200 with partial true and "
                    + "missing naming the parts (household, aid, funding); an aid's funding is null when unknown, [] when none.")
    @APIResponse(responseCode = "200", description = "The summary; partial when a part is missing",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdSummary.class),
                    examples = @ExampleObject(name = "funding missing", value = HOUSEHOLD_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No token, or one that does not verify",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not an officer, coordinator or auditor (or the service refuses the caller)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No household the caller may see (the beneficiaries-service's answer)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "Rate limit used up (see Retry-After)",
            content = @Content(mediaType = "application/problem+json"))
    public Uni<Response> household(@Parameter(description = "The household's id") @PathParam("id") UUID id, HttpHeaders headers) {
        return views.household(id, forwarded(headers)).map(MobileResource::answer);
    }

    @GET
    @Path("/me/impact")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DONOR)
    @Operation(operationId = "mobileDonorImpact", summary = "Where the signed-in donor's money went",
            description = "The donor's statement from the donors-service (by fund, aid category, province and Jalali month; "
                    + "never naming a beneficiary) with totals per province and category. A donor user whose record is not "
                    + "linked gets the donors-service's 404. When the donors-service does not answer within the views' timeout, "
                    + "the answer is 200 with statement and totals null, partial true, missing [\"statement\"].")
    @APIResponse(responseCode = "200", description = "The impact; partial when the statement is missing",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DonorImpact.class),
                    examples = @ExampleObject(name = "donors-service down", value = "{\"statement\": null, \"totals\": null, "
                            + "\"partial\": true, \"missing\": [\"statement\"]}")))
    @APIResponse(responseCode = "401", description = "No token, or one that does not verify",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not a donor user", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "The donor user is linked to no donor record (donor-not-linked)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "Rate limit used up (see Retry-After)",
            content = @Content(mediaType = "application/problem+json"))
    public Uni<Response> donorImpact(HttpHeaders headers) {
        return views.donorImpact(forwarded(headers)).map(MobileResource::answer);
    }

    static final String HOUSEHOLD_EXAMPLE = """
            {"householdId": "6f1c2b7e-3a52-4c1e-9d0b-8f2e4a6b1c3d",
             "household": {"id": "6f1c2b7e-3a52-4c1e-9d0b-8f2e4a6b1c3d", "registeredByOrganizationId": "0a000000-0000-4000-8000-000000000001"},
             "aid": [{"aid": {"id": "1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed", "category": "EDUCATION_SUPPORT", "amountRials": 30000000},
                      "funding": null}],
             "aidTotal": 1, "partial": true, "missing": ["funding"]}""";

    /** The view as 200 JSON, or the service's refusal as it gave it. */
    private static Response answer(ViewOutcome<?> outcome) {
        if (outcome instanceof ViewOutcome.Refused<?> refused) {
            Response.ResponseBuilder response = Response.status(refused.status());
            return refused.problem() == null ? response.build()
                    : response.type("application/problem+json").entity(refused.problem()).build();
        }
        return Response.ok(((ViewOutcome.View<?>) outcome).body(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** What the services need from the caller's request: its token, request id and language. */
    private static MultiMap forwarded(HttpHeaders headers) {
        MultiMap forwarded = MultiMap.caseInsensitiveMultiMap();
        copy(headers, forwarded, HttpHeaders.AUTHORIZATION);
        copy(headers, forwarded, RequestIds.HEADER);
        copy(headers, forwarded, HttpHeaders.ACCEPT_LANGUAGE);
        return forwarded;
    }

    private static void copy(HttpHeaders from, MultiMap to, String name) {
        String value = from.getHeaderString(name);
        if (value != null) {
            to.set(name, value);
        }
    }
}
