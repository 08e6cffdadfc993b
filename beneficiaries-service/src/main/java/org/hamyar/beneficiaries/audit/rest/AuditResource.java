package org.hamyar.beneficiaries.audit.rest;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.params.ConventionsParamConverters;
import org.hamyar.api.security.Caller;
import org.hamyar.api.security.Roles;
import org.hamyar.beneficiaries.audit.ReadLog;
import org.hamyar.beneficiaries.rest.ApiExamples;

/** The read log (docs/product.md §2): who read the caller's organisation's records, or the network's for an auditor. */
@Path("/api/audit")
@Tag(name = "Audit", description = "Who read which family's record")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final ReadLog log;
    private final Caller caller;

    AuditResource(ReadLog log, Caller caller) {
        this.log = log;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(operationId = "listRecordReads", summary = "Reads of the caller's records by other organisations, newest first",
            description = "Every time another organisation (through data sharing or a referral it accepted) or an auditor is "
                    + "shown a person or household the caller's organisation registered, one entry per person shown (or one "
                    + "for the household when no person was: its aid, an enrolment). Officers and coordinators see the reads "
                    + "of their organisation's records; auditors the whole log. from/to are days (ISO or Jalali) in Iran's zone.")
    @APIResponse(responseCode = "200", description = "A page of reads",
            content = @Content(examples = @ExampleObject(name = "a partner read a household", value = ApiExamples.RECORD_READS)))
    @APIResponse(responseCode = "400", description = "invalid-parameter: every bad parameter (from, to before from, reader, "
            + "personId, householdId, page, size)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, or an officer's or coordinator's token names no organisation",
            content = @Content(mediaType = "application/problem+json"))
    public Page<ReadResponse> list(@Parameter(description = "The first day, ISO or Jalali") @QueryParam("from") LocalDate from,
                                   @Parameter(description = "The last day, ISO or Jalali, not before from") @QueryParam("to") LocalDate to,
                                   @Parameter(description = "The reading organisation") @QueryParam("reader") UUID reader,
                                   @QueryParam("personId") UUID personId,
                                   @QueryParam("householdId") UUID householdId,
                                   @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ConventionsParamConverters.invalid("to", "{aid.period-to-before-from}");
        }
        return log.list(caller.actor(), from, to, reader, personId, householdId, PageRequest.of(page, size))
                .map(ReadResponse::of);
    }
}
