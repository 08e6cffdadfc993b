package org.hamyar.donors;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The OpenAPI document's frame: tags and the error responses every operation refers to by name
 * ({@code @APIResponse(responseCode = "404", ref = "NotFound")}).
 */
@OpenAPIDefinition(
        info = @Info(title = "Hamyar donors-service", version = "1"),
        tags = {
                @Tag(name = "Donors", description = "Donors, their assemblies and their statements"),
                @Tag(name = "Endowments", description = "Endowments (vaqf) and their intentions (niyyat)"),
                @Tag(name = "Funds", description = "Funds, their restrictions, balances, ledger reconciliation and IATI export"),
                @Tag(name = "Donations", description = "Money, goods and pledges given to funds"),
                @Tag(name = "Allocations", description = "Money reserved for aid: RESERVED, COMMITTED, RELEASED"),
                @Tag(name = "Granted aid", description = "Aid the network granted, recorded from AidGranted and AidRevoked events")},
        components = @Components(
                schemas = @Schema(name = "Problem", implementation = ProblemDocument.class),
                responses = {
                        @APIResponse(name = "BadRequest", responseCode = "400",
                                description = "A body field or parameter is invalid (every one is named), or the JSON cannot be read",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                                        examples = @ExampleObject(name = "validation-failed", value = """
                                                {"type":"urn:hamyar:problem:validation-failed","title":"Validation failed","status":400,
                                                 "detail":"2 fields of the request are invalid","instance":"/api/allocations",
                                                 "errors":[{"field":"amountRials","message":"must be greater than 0"},
                                                           {"field":"provinceCode","message":"No province has the code 99"}]}"""))),
                        @APIResponse(name = "Unauthorized", responseCode = "401", description = "No valid bearer token",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"))),
                        @APIResponse(name = "Forbidden", responseCode = "403",
                                description = "The caller's role or organisation may not do this",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                                        examples = @ExampleObject(name = "not-your-organization", value = """
                                                {"type":"urn:hamyar:problem:not-your-organization","title":"Not your organisation",
                                                 "status":403,"detail":"Only the owning organisation's coordinators and admins may do this"}"""))),
                        @APIResponse(name = "NotFound", responseCode = "404",
                                description = "No such record, or one the caller may not see",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"))),
                        @APIResponse(name = "Conflict", responseCode = "409",
                                description = "The state refuses it: the fund's balance is too small, a transition is invalid, "
                                        + "a duplicate, a concurrent change",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                                        examples = @ExampleObject(name = "insufficient-balance", value = """
                                                {"type":"urn:hamyar:problem:insufficient-balance","title":"Insufficient balance",
                                                 "status":409,"detail":"Fund d0000000-0000-4000-8000-0000000000f1 has 10,000,000 rials available; 25,000,000 were asked for",
                                                 "availableRials":10000000,"requestedRials":25000000}"""))),
                        @APIResponse(name = "PreconditionFailed", responseCode = "412",
                                description = "If-Match names an older version; the current ETag is in the ETag header",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"))),
                        @APIResponse(name = "UnprocessableContent", responseCode = "422",
                                description = "A business rule refuses it: the endower's intention or the fund's restrictions "
                                        + "(every violated clause named), a donation the fund does not take, an Idempotency-Key reused",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                                        examples = @ExampleObject(name = "intention-violated", value = """
                                                {"type":"urn:hamyar:problem:intention-violated","title":"The endower's intention forbids this",
                                                 "status":422,"detail":"Fund d0000000-0000-4000-8000-0000000000f1 may not pay for this; violated: aidCategories, provinces",
                                                 "clauses":["aidCategories","provinces"],
                                                 "errors":[{"field":"aidCategory","message":"The endower's intention does not allow this aid category"},
                                                           {"field":"provinceCode","message":"The endower's intention does not allow this province"}]}"""))),
                        @APIResponse(name = "PreconditionRequired", responseCode = "428",
                                description = "An update without If-Match",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))}))
public class DonorsApi extends Application {
}
