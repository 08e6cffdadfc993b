package org.hamyar.beneficiaries.person.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamyar.api.http.EntityTags;
import org.hamyar.api.idempotency.Idempotent;
import org.hamyar.api.security.Caller;
import org.hamyar.api.security.Roles;
import org.hamyar.beneficiaries.person.PersonNotFound;
import org.hamyar.beneficiaries.person.PersonView;
import org.hamyar.beneficiaries.person.mapping.PersonMapper;
import org.hamyar.beneficiaries.person.service.PersonRevision;
import org.hamyar.beneficiaries.person.service.PersonService;
import org.hamyar.beneficiaries.rest.ApiExamples;

@Path("/api/persons")
@Tag(name = "Persons", description = "The registry of persons: one record per national code")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonResource {

    private final PersonService persons;
    private final Caller caller;
    private final PersonRevision revisions;

    PersonResource(PersonService persons, Caller caller, PersonRevision revisions) {
        this.persons = persons;
        this.caller = caller;
        this.revisions = revisions;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR})
    @Operation(operationId = "registerPerson", summary = "Register a person for the caller's organisation",
            description = "Keeps the caller's version of the record. A national code another organisation registered links "
                    + "the same identity (same id) but answers only with the caller's own version, 201 as for a new "
                    + "person: nothing tells whether someone else registered it. Names, father's name or birth date "
                    + "that differ from the identity's first registration are kept and flagged for review. 200 only "
                    + "when the caller's organisation registered the person before: its version, unchanged.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "person", value = ApiExamples.PERSON)))
    @APIResponse(responseCode = "201", description = "Registered for the caller's organisation (its first registration of the person)",
            content = @Content(schema = @Schema(implementation = PersonResponse.class)))
    @APIResponse(responseCode = "200", description = "The caller's organisation registered this national code before: its version",
            content = @Content(schema = @Schema(implementation = PersonResponse.class)))
    @APIResponse(responseCode = "400", description = "validation-failed: every invalid field (e.g. nationalCode), named in errors[].field",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "invalid national code", value = ApiExamples.INVALID_NATIONAL_CODE)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an officer or coordinator, or the token names no organisation")
    public Response register(@Valid @NotNull PersonRequest request) {
        PersonService.Registration registration = persons.register(caller.actor(), PersonMapper.details(request));
        PersonResponse body = PersonMapper.response(registration.view());
        return registration.created()
                ? Response.created(URI.create("/api/persons/" + body.id())).entity(body).build()
                : Response.ok(body).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.AUDITOR})
    @Operation(operationId = "getPerson", summary = "A person the caller's organisation may see",
            description = "The caller's own version when it registered the person; otherwise the version of an "
                    + "organisation an ACTIVE agreement with data sharing joins it to (an auditor: the first registration); "
                    + "otherwise 404. Every read of another organisation's version is logged (GET /api/audit).")
    @APIResponse(responseCode = "200", description = "The person; the version shown in the ETag header (If-Match of PUT)",
            content = @Content(schema = @Schema(implementation = PersonResponse.class)))
    @APIResponse(responseCode = "400", description = "invalid-parameter: the id is not a UUID",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, or an officer's or coordinator's token names no organisation")
    @APIResponse(responseCode = "404", description = "No such person, or not one the caller may see",
            content = @Content(mediaType = "application/problem+json"))
    public Response get(@PathParam("id") UUID id) {
        return persons.read(caller.actor(), id).map(PersonResource::tagged).orElseThrow(() -> new PersonNotFound(id));
    }

    // issue 7, households part: corrections of the caller's version
    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.OFFICER, Roles.COORDINATOR})
    @Operation(operationId = "updatePerson", summary = "Replace the caller's organisation's version of a person (If-Match)",
            description = "Only the caller's own version changes; other organisations' versions are untouched. Send the "
                    + "ETag of GET /api/persons/{id} in If-Match. Names, father's name or birth date that then differ from "
                    + "the network's identity are flagged for review as at registration; the organisation that registered "
                    + "the person first corrects the identity itself. A data-sharing partner that reads another "
                    + "organisation's version may not change it (403 not-your-version).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "corrected spelling", value = ApiExamples.PERSON_UPDATE)))
    @APIResponse(responseCode = "200", description = "The caller's version as changed; its new version in the ETag header",
            content = @Content(schema = @Schema(implementation = PersonResponse.class)))
    @APIResponse(responseCode = "400", description = "validation-failed (every invalid field) or invalid-parameter (the id)",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Role not allowed, no organisation in the token, or not-your-version: "
            + "the caller reads this person through data sharing but did not register them",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "not your version", value = ApiExamples.NOT_YOUR_VERSION)))
    @APIResponse(responseCode = "404", description = "No such person, or not one the caller may see",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "412", description = "stale-version: If-Match names an older version",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "stale", value = ApiExamples.STALE_VERSION)))
    @APIResponse(responseCode = "428", description = "if-match-required: no If-Match header",
            content = @Content(mediaType = "application/problem+json"))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull PersonUpdateRequest request) {
        return tagged(revisions.update(caller.actor(), id, ifMatch, request.details()));
    }

    private static Response tagged(PersonView view) {
        return Response.ok(PersonMapper.response(view)).tag(EntityTags.of(view.record().version)).build();
    }
}
