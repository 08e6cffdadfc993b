package org.hamyar.donors.donation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamyar.api.idempotency.Idempotent;
import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.params.ConventionsParamConverters;
import org.hamyar.api.security.Caller;
import org.hamyar.api.security.Roles;
import org.hamyar.donors.rest.Responses;
import org.hamyar.donors.donation.DonationService;

import java.util.UUID;

@Path("/api/donations")
@Tag(name = "Donations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DonationResource {

    private static final String EXAMPLE = """
            {"fundId": "d0000000-0000-4000-8000-0000000000f1", "donorId": "d0000000-0000-4000-8000-000000000001",
             "kind": "CASH", "amountRials": "۵۰۰۰۰۰۰۰۰", "description": "کمک نقدی برای زلزله‌زدگان"}""";

    private final DonationService service;
    private final Caller caller;

    DonationResource(DonationService service, Caller caller) {
        this.service = service;
        this.caller = caller;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "receiveDonation", summary = "Record a donation to a fund (the fund owner's coordinator, or an admin)",
            description = "CASH, ZAKAT (ZAKAT funds only), SADAQA, IN_KIND (declared value; never money), PLEDGE (money "
                    + "only once paid) or ENDOWMENT_INCOME (the endowment's own fund only). Money credits the fund through a "
                    + "journal entry; publishes DonationReceived. Send an Idempotency-Key: a retried donation counts once, "
                    + "the same key with another body is 422.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "cash", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded; Location and ETag headers",
            content = @Content(schema = @Schema(implementation = DonationView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response receive(DonationRequest request, @Context UriInfo uri) {
        DonationView donation = service.receive(caller.actor(), request);
        return Responses.created(uri, donation.id(), donation.version(), donation);
    }

    @POST
    @Path("{id}/payment")
    @Idempotent
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "payPledge", summary = "Record that a pledge was paid: it becomes money in its fund",
            description = "409 unless the donation is PLEDGED. Publishes DonationReceived.")
    @APIResponse(responseCode = "200", description = "Paid", content = @Content(schema = @Schema(implementation = DonationView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response pay(@PathParam("id") UUID id) {
        DonationView donation = service.pay(caller.actor(), id);
        return Responses.tagged(donation, donation.version());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.DONOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getDonation", summary = "A donation: its fund's managers, auditors, admins and its donor")
    @APIResponse(responseCode = "200", description = "The donation", content = @Content(schema = @Schema(implementation = DonationView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") UUID id) {
        DonationView donation = service.get(caller.actor(), id);
        return Responses.tagged(donation, donation.version());
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.DONOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listDonations", summary = "A fund's donations, or a donor's, newest first",
            description = "fund: its managers, auditors, admins. donor: whoever may read the donor (a donor user only itself).")
    @APIResponse(responseCode = "200", description = "A page of donations")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Page<DonationView> list(@QueryParam("fund") UUID fund, @QueryParam("donor") UUID donor,
                                   @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        if ((fund == null) == (donor == null)) {
            throw ConventionsParamConverters.invalid("fund", "{donation.list.fund-or-donor}");
        }
        return service.list(caller.actor(), fund, donor, PageRequest.of(page, size));
    }
}
