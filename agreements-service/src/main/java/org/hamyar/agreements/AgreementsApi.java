package org.hamyar.agreements;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The OpenAPI document's frame: title, security, tags, and the error responses every operation
 * refers to by name ({@code @APIResponse(responseCode = "404", ref = "NotFound")}).
 */
@OpenAPIDefinition(
        info = @Info(title = "Hamyar agreements-service", version = "1",
                description = "Organisations, agreements (MoUs) between them with their lifecycle, commitments and "
                        + "progress, joint committees and the joint executive calendar. Every error is an RFC 9457 "
                        + "problem (application/problem+json); every date has its Jalali sibling (xJalali); requests "
                        + "accept Jalali dates and Persian digits. Events: GET /asyncapi.yaml."),
        security = @SecurityRequirement(name = "keycloak"),
        tags = {
                @Tag(name = "organizations", description = "Members of the network and NGO capacity assessments"),
                @Tag(name = "agreements", description = "MoUs: drafts, signatures, amendments, termination"),
                @Tag(name = "commitments", description = "Progress on the parties' commitments and the agreement's report"),
                @Tag(name = "committee", description = "The joint committee: members, nominations, decisions"),
                @Tag(name = "calendar", description = "The joint executive calendar, in JSON or iCalendar")},
        components = @Components(
                securitySchemes = @SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP,
                        scheme = "bearer", bearerFormat = "JWT",
                        description = "An access token of the realm hamyar; its claim org names the caller's organisation"),
                schemas = @Schema(name = "Problem", implementation = ProblemDocument.class),
                responses = {
                        @APIResponse(name = "BadRequest", responseCode = "400",
                                description = "The request cannot be taken as it is: malformed JSON, a wrong type, an unknown "
                                        + "enum value or field (invalid-body, malformed-json); fields that break their shape "
                                        + "or rules (validation-failed); a path or query parameter that cannot be read "
                                        + "(invalid-parameter). errors names every failing field or parameter at once",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                                        examples = {
                                                @ExampleObject(name = "validation-failed", value = """
                                                        {"type":"urn:hamyar:problem:validation-failed","title":"Validation failed",
                                                         "status":400,"detail":"3 fields of the request are invalid",
                                                         "instance":"/api/agreements","requestId":"5c0e3a52-6a0b-4b36-8b0b-2f6f0f8b1a11",
                                                         "errors":[{"field":"parties","message":"An agreement needs at least two parties"},
                                                                   {"field":"effectiveTo","message":"The end comes before the start"},
                                                                   {"field":"scope.provinces[0]","message":"No province has the code 99; use one of the 31 two-digit codes"}]}"""),
                                                @ExampleObject(name = "invalid-parameter", value = """
                                                        {"type":"urn:hamyar:problem:invalid-parameter","title":"Invalid parameter",
                                                         "status":400,"detail":"A parameter of the request has a value this endpoint cannot accept.",
                                                         "instance":"/api/agreements","requestId":"9d1f2b7e-3c4a-4e5f-8a6b-7c8d9e0f1a2b",
                                                         "errors":[{"field":"status","message":"must be one of: DRAFT, SIGNED, ACTIVE, EXPIRED, TERMINATED"},
                                                                   {"field":"province","message":"must be one of the 31 two-digit province codes (00 to 30, or IR-00 to IR-30)"}]}"""),
                                                @ExampleObject(name = "malformed", value = """
                                                        {"type":"urn:hamyar:problem:malformed-json","title":"Malformed JSON","status":400,
                                                         "detail":"The request body is not valid JSON","instance":"/api/agreements",
                                                         "requestId":"5c0e3a52-6a0b-4b36-8b0b-2f6f0f8b1a11","errors":[]}""")})),
                        @APIResponse(name = "Unauthorized", responseCode = "401", description = "No valid bearer token",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"))),
                        @APIResponse(name = "Forbidden", responseCode = "403",
                                description = "The caller's role or organisation may not do this",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"))),
                        @APIResponse(name = "NotFound", responseCode = "404",
                                description = "No such resource, or one the caller may not see (a draft of other parties)",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"))),
                        @APIResponse(name = "Conflict", responseCode = "409",
                                description = "The resource's state does not allow this (the problem names the current status)",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                                        examples = @ExampleObject(name = "invalid-transition", value = """
                                                {"type":"urn:hamyar:problem:invalid-transition","title":"Invalid transition",
                                                 "status":409,"detail":"An agreement that is ACTIVE cannot be edited; allowed in DRAFT",
                                                 "currentStatus":"ACTIVE","errors":[]}"""))),
                        @APIResponse(name = "PreconditionFailed", responseCode = "412",
                                description = "If-Match names an older version; the current ETag is in the ETag header",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"))),
                        @APIResponse(name = "UnprocessableContent", responseCode = "422",
                                description = "A well-formed request that a business rule refuses: above all an "
                                        + "Idempotency-Key already used with another body (idempotency-key-reused). Fields "
                                        + "that break their rules are 400 validation-failed, state conflicts 409",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem"),
                                        examples = @ExampleObject(name = "idempotency-key-reused", value = """
                                                {"type":"urn:hamyar:problem:idempotency-key-reused","title":"Idempotency key reused",
                                                 "status":422,"detail":"This Idempotency-Key was already used for a request with a different body.",
                                                 "instance":"/api/agreements","requestId":"5c0e3a52-6a0b-4b36-8b0b-2f6f0f8b1a11",
                                                 "errors":[]}"""))),
                        @APIResponse(name = "PreconditionRequired", responseCode = "428",
                                description = "An update without If-Match",
                                content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))}))
public class AgreementsApi extends Application {
}
