package org.hamyar.donors.fund.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamyar.api.idempotency.Idempotent;
import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.security.Caller;
import org.hamyar.api.security.Roles;
import org.hamyar.donors.rest.Responses;
import org.hamyar.donors.fund.Fund;
import org.hamyar.donors.fund.FundKind;
import org.hamyar.donors.fund.FundService;
import org.hamyar.donors.iati.IatiExport;
import org.hamyar.donors.ledger.Reconciliation;

import java.util.UUID;

@Path("/api/funds")
@Tag(name = "Funds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FundResource {

    private static final String EXAMPLE = """
            {"kind": "CRISIS", "nameFa": "صندوق بحران زلزله هرمزگان",
             "restrictions": {"aidCategories": ["FOOD_BASKET", "HOUSING", "CASH_GRANT"], "beneficiaryCategories": [],
                              "provinces": ["۲۲"], "counties": []},
             "restrictionFa": "فقط برای آسیب‌دیدگان زلزله استان هرمزگان"}""";

    private final FundService service;
    private final IatiExport iati;
    private final Caller caller;

    FundResource(FundService service, IatiExport iati, Caller caller) {
        this.service = service;
        this.iati = iati;
        this.caller = caller;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "openFund", summary = "Open a fund (its owner's coordinator, or an admin)",
            description = "GENERAL, ZAKAT, SADAQA, CRISIS (needs a province) or PROGRAMME (needs an agreement this service "
                    + "learnt from agreements.events). ENDOWMENT_INCOME funds open with their endowment. Send an "
                    + "Idempotency-Key to retry safely.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "crisis-hormozgan", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Opened; Location and ETag headers",
            content = @Content(schema = @Schema(implementation = FundView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public Response open(FundRequest request, @Context UriInfo uri) {
        FundView fund = service.open(caller.actor(), request);
        return Responses.created(uri, fund.id(), fund.version(), fund);
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.DONOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listFunds", summary = "Funds with their balances, newest first (everyone signed in)")
    @APIResponse(responseCode = "200", description = "A page of funds")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Page<FundView> list(@QueryParam("kind") FundKind kind,
                               @Parameter(description = "Owning organisation id") @QueryParam("owner") UUID owner,
                               @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return service.list(kind, owner, PageRequest.of(page, size));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.DONOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "getFund", summary = "A fund, its restrictions and balances; ETag header")
    @APIResponse(responseCode = "200", description = "The fund", content = @Content(schema = @Schema(implementation = FundView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response get(@PathParam("id") UUID id) {
        FundView fund = service.get(id);
        return Responses.tagged(fund, fund.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    @Operation(operationId = "updateFund", summary = "Rename a fund and replace its restrictions (If-Match)",
            description = "Not for an endowment's fund: its restrictions are the endower's intention (409).")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag", content = @Content(schema = @Schema(implementation = FundView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "412", ref = "PreconditionFailed")
    @APIResponse(responseCode = "428", ref = "PreconditionRequired")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, FundUpdate update) {
        FundView fund = service.update(caller.actor(), id, ifMatch, update);
        return Responses.tagged(fund, fund.version());
    }

    @GET
    @Path("{id}/reconciliation")
    @RolesAllowed({Roles.COORDINATOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "reconcileFund", summary = "Prove that the fund's ledger reconciles (owner, auditors, admins)",
            description = "Every entry balances, debits equal credits, CASH = AVAILABLE + RESERVED + DISBURSED, nothing is "
                    + "overdrawn, CASH equals the money received, RESERVED and DISBURSED equal the reserved and committed allocations.")
    @APIResponse(responseCode = "200", description = "Each check and whether it holds",
            content = @Content(schema = @Schema(implementation = Reconciliation.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Reconciliation reconcile(@PathParam("id") UUID id) {
        return service.reconcile(caller.actor(), id);
    }

    @GET
    @Path("{id}/iati")
    @Produces(MediaType.APPLICATION_XML)
    @RolesAllowed({Roles.COORDINATOR, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "exportFundIati", summary = "The fund's transactions as an IATI activity (XML, IATI 2.03)",
            description = "Incoming funds (donations of money), outgoing commitments (allocations not released) and "
                    + "disbursements (allocations committed to granted aid), in IRR. Names neither donors nor beneficiaries.")
    @APIResponse(responseCode = "200", description = "iati-activities XML", content = @Content(mediaType = MediaType.APPLICATION_XML,
            examples = @ExampleObject(name = "activity", value = """
                    <iati-activities version="2.03"><iati-activity default-currency="IRR"><iati-identifier>XI-HAMYAR-…</iati-identifier>
                    <transaction ref="XI-HAMYAR-…"><transaction-type code="1"/><transaction-date iso-date="2026-03-21"/>
                    <value currency="IRR" value-date="2026-03-21">500000000</value></transaction></iati-activity></iati-activities>""")))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public String exportIati(@PathParam("id") UUID id) {
        Fund fund = service.requireReadable(caller.actor(), id);
        return iati.activity(fund);
    }
}
