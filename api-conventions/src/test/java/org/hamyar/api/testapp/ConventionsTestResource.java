package org.hamyar.api.testapp;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.hamyar.api.http.EntityTags;
import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.requestid.RequestIds;
import org.hamyar.api.security.Caller;
import org.hamyar.api.security.Roles;
import org.hamyar.api.validation.RequestValidation;
import org.hamyar.api.validation.Violations;
import org.hamyar.standards.Province;
import org.jboss.logging.MDC;


/** Endpoints that exercise every convention; used only by this module's tests. */
@Path("/test")
@Produces(MediaType.APPLICATION_JSON)
public class ConventionsTestResource {

    @Inject
    ValidatedService service;
    @Inject
    Caller caller;

    @POST
    @Path("/echo")
    @Consumes(MediaType.APPLICATION_JSON)
    public Echo echo(@Valid @NotNull Echo echo) {
        return echo;
    }

    @POST
    @Path("/service-echo")
    @Consumes(MediaType.APPLICATION_JSON)
    public Echo serviceEcho(Echo echo) {
        return service.accept(echo);
    }

    @GET
    @Path("/broken-promise")
    public String brokenPromise() {
        return service.brokenPromise();
    }

    @POST
    @Path("/text")
    @Consumes(MediaType.TEXT_PLAIN)
    public String text(String text) {
        return text;
    }

    @GET
    @Path("/dates")
    public DatedView dates() {
        return new DatedView(LocalDate.of(2024, 3, 20), Instant.parse("2024-03-20T06:45:30Z"),
                OffsetDateTime.of(2018, 12, 17, 10, 15, 30, 0, ZoneOffset.ofHoursMinutes(3, 30)),
                LocalDateTime.of(2021, 3, 20, 8, 0), null,
                new DatedView.Nested("nested", LocalDate.of(2018, 12, 17)),
                List.of(new DatedView.Nested("first", LocalDate.of(2021, 3, 20)), new DatedView.Nested("second", null)));
    }

    @GET
    @Path("/query")
    public Map<String, Object> query(@QueryParam("from") LocalDate from, @QueryParam("n") Integer n,
                                     @QueryParam("big") Long big, @QueryParam("amount") BigDecimal amount) {
        return Map.of("from", String.valueOf(from), "n", String.valueOf(n), "big", String.valueOf(big),
                "amount", String.valueOf(amount));
    }

    public enum Colour { RED, DARK_GREEN }

    @Inject
    RequestValidation validation;

    /** A body whose shape Bean Validation checks and whose period a field rule checks, in one answer. */
    public record Period(@jakarta.validation.constraints.NotBlank String title, LocalDate start, LocalDate end) {
    }

    @POST
    @Path("/periods")
    @Consumes(MediaType.APPLICATION_JSON)
    public Period period(Period period) {
        validation.require(validation.shape(period), new Violations()
                .when(period.start() != null && period.end() != null && period.end().isBefore(period.start()),
                        "end", "period.end-before-start")
                .plainText("title", period.title())
                .list());
        return period;
    }

    @GET
    @Path("/typed/{id}")
    public Map<String, Object> typed(@PathParam("id") UUID id, @QueryParam("colour") Colour colour,
                                     @QueryParam("province") Province province, @QueryParam("on") LocalDate on) {
        return Map.of("id", String.valueOf(id), "colour", String.valueOf(colour),
                "province", province == null ? "null" : province.code(), "on", String.valueOf(on));
    }

    @GET
    @Path("/problem/overlap")
    public String overlap() {
        throw new OverlapBlocked(UUID.fromString("0a000000-0000-4000-8000-000000000005"), "STIPEND");
    }

    @GET
    @Path("/problem/crash")
    public String crash() {
        throw new IllegalStateException("secret internals: password=hunter2");
    }

    @GET
    @Path("/mdc")
    @Produces(MediaType.TEXT_PLAIN)
    public String mdc(@HeaderParam(RequestIds.HEADER) String header) {
        return MDC.get(RequestIds.MDC_KEY) + " " + header;
    }

    @GET
    @Path("/secured")
    @RolesAllowed(Roles.OFFICER)
    public Map<String, Object> secured() {
        return Map.of("username", caller.username(), "organizationId", caller.organizationId().toString(),
                "roles", caller.roles(), "admin", caller.isAdmin(), "auditor", caller.isAuditor(),
                "officer", caller.hasRole(Roles.OFFICER));
    }

    @GET
    @Path("/organization")
    public Map<String, Object> organization() {
        return Map.of("organizationId", caller.organizationId().toString());
    }

    @GET
    @Path("/paged")
    public Page<String> paged(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest request = PageRequest.of(page, size);
        int total = 45;
        List<Integer> items = IntStream.range((int) Math.min(request.offset(), total),
                (int) Math.min(request.offset() + request.size(), total)).boxed().toList();
        return Page.of(items, request, total).map(i -> "item-" + i);
    }

    @PUT
    @Path("/versioned")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response versioned(@HeaderParam("If-Match") String ifMatch, Map<String, String> change) {
        EntityTags.requireIfMatch(ifMatch, 5);
        return Response.ok(Map.of("version", 6)).tag(EntityTags.of(6)).build();
    }

    public record Thing(@jakarta.validation.constraints.NotBlank String name) {

        public record Created(int number, String name, LocalDate createdOn) {
        }
    }
}
