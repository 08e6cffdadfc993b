package org.hamyar.outbox.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.problem.DomainProblem;
import org.hamyar.api.security.Roles;
import org.hamyar.outbox.DeadLetter;
import org.hamyar.outbox.DeadLetters;
import org.hamyar.outbox.OutboxConfig;
import org.hamyar.outbox.OutboxRelay;
import org.hamyar.outbox.SetAsideEvent;

import java.util.UUID;

/**
 * What an admin of the network needs when events get stuck, in every service that uses this library:
 * the records its consumers could not apply (dead letters), replayed one by one, and the events of
 * its outbox the broker refused (set aside), given back to the relay.
 *
 * <p>The path's first segment is {@code <service>-admin}, the service's own name taken from
 * {@code hamyar.outbox.source} ({@code /hamyar/beneficiaries-service} → {@code beneficiaries-admin}),
 * so that the gateway routes it by its first segment like every other path; another name is 404.
 *
 * <p>Admins (the network's, whatever their organisation: no organisation owns an event's failure)
 * list, read and repair; auditors list, read-only and without headers and payloads. Events carry no
 * personal data, and still only admins see what a record carried.
 */
@Path("/api/{service}-admin")
@Tag(name = "Event administration", description = "Dead letters of the service's consumers and events its outbox could not send")
@Produces(MediaType.APPLICATION_JSON)
public class EventAdminResource {

    private final DeadLetters deadLetters;
    private final OutboxRelay relay;
    private final String service;

    EventAdminResource(DeadLetters deadLetters, OutboxRelay relay, OutboxConfig config) {
        this.deadLetters = deadLetters;
        this.relay = relay;
        this.service = serviceName(config.source());
    }

    /** {@code /hamyar/agreements-service} → {@code agreements}; {@code /hamyar/outbox-test} → {@code outbox-test}. */
    static String serviceName(String source) {
        String last = source.substring(source.lastIndexOf('/') + 1);
        return last.endsWith("-service") ? last.substring(0, last.length() - "-service".length()) : last;
    }

    @GET
    @Path("dead-letters")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "listDeadLetters", summary = "Records the service's consumers could not apply, newest first",
            description = "Each with its channel, ce_id, ce_type, ce_source, subject, the failure, when, and how often it was "
                    + "replayed. Without headers and payload (GET one as admin for those). unresolved=true leaves out those a "
                    + "replay applied. Admins and auditors.")
    @APIResponse(responseCode = "200", description = "A page of dead letters")
    @APIResponse(responseCode = "400", description = "invalid-parameter: page, size",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither admin nor auditor",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "Another service's name in the path",
            content = @Content(mediaType = "application/problem+json"))
    public Page<DeadLetter> deadLetters(@PathParam("service") String service,
                                        @QueryParam("unresolved") Boolean unresolved,
                                        @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        requireThisService(service);
        PageRequest request = PageRequest.of(page, size);
        boolean unresolvedOnly = Boolean.TRUE.equals(unresolved);
        return Page.of(deadLetters.list(unresolvedOnly, request.offset(), request.size()).stream()
                .map(DeadLetter::summary).toList(), request, deadLetters.count(unresolvedOnly));
    }

    @GET
    @Path("dead-letters/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "getDeadLetter", summary = "A dead letter with the record's headers and payload (admins)")
    @APIResponse(responseCode = "200", description = "The dead letter")
    @APIResponse(responseCode = "400", description = "invalid-parameter: id is not a UUID",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such dead letter", content = @Content(mediaType = "application/problem+json"))
    public DeadLetter deadLetter(@PathParam("service") String service, @PathParam("id") UUID id) {
        requireThisService(service);
        return deadLetters.find(id).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("dead-letters/{id}/replay")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replayDeadLetter", summary = "Runs a dead letter through its consumer again (admins)",
            description = "Once, in one transaction, through the consumer's own idempotent path: an event already applied "
                    + "(an earlier replay, a later redelivery) changes nothing. The answer is the dead letter, resolved. "
                    + "When the consumer fails again the answer is 409 dead-letter-replay-failed with the failure, which "
                    + "the dead letter keeps as lastReplayFailure.")
    @APIResponse(responseCode = "200", description = "Applied (or found applied): the dead letter, resolved")
    @APIResponse(responseCode = "400", description = "invalid-parameter: id is not a UUID",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such dead letter", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "dead-letter-replay-failed: the consumer failed again (permanent says "
            + "whether a later replay can pass)", content = @Content(mediaType = "application/problem+json"))
    public DeadLetter replay(@PathParam("service") String service, @PathParam("id") UUID id) {
        requireThisService(service);
        try {
            return deadLetters.replay(id).orElseThrow(NotFoundException::new);
        } catch (DeadLetters.ReplayFailedException e) {
            throw new DomainProblem(409, "dead-letter-replay-failed", "Replay failed",
                    "The consumer could not apply dead letter {0} again: {1}", id, e.getMessage())
                    .with("deadLetter", id)
                    .with("permanent", e.permanent());
        }
    }

    @GET
    @Path("outbox-failures")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR})
    @Operation(operationId = "listOutboxFailures", summary = "Events of this service the broker refused for good, oldest first",
            description = "The relay set each aside (too large for the topic, not serialisable, an invalid record) and sends "
                    + "the events behind it, except the later events of its key, which wait with it (heldBack). Without "
                    + "payloads. Admins and auditors.")
    @APIResponse(responseCode = "200", description = "A page of events set aside")
    @APIResponse(responseCode = "400", description = "invalid-parameter: page, size",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Neither admin nor auditor",
            content = @Content(mediaType = "application/problem+json"))
    public Page<SetAsideEvent> outboxFailures(@PathParam("service") String service,
                                              @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        requireThisService(service);
        PageRequest request = PageRequest.of(page, size);
        return Page.of(relay.setAside(request.offset(), request.size()), request, relay.setAsideCount());
    }

    @POST
    @Path("outbox-failures/{eventId}/retry")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "retryOutboxFailure", summary = "Gives an event set aside back to the relay (admins)",
            description = "The next relay round sends it, then the events of its key held behind it, in order. Retry once "
                    + "the cause is fixed (the topic's max.message.bytes raised, say): a record the broker still refuses is "
                    + "set aside again.")
    @APIResponse(responseCode = "204", description = "Given back to the relay")
    @APIResponse(responseCode = "400", description = "invalid-parameter: eventId is not a UUID",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No event with this id is set aside",
            content = @Content(mediaType = "application/problem+json"))
    public void retry(@PathParam("service") String service, @PathParam("eventId") UUID eventId) {
        requireThisService(service);
        if (!relay.retrySetAside(eventId)) {
            throw new NotFoundException();
        }
    }

    private void requireThisService(String name) {
        if (!service.equals(name)) {
            throw new NotFoundException();
        }
    }
}
