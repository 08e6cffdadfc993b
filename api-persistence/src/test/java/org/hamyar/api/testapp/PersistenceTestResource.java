package org.hamyar.api.testapp;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.hamyar.api.http.EntityTags;
import org.hamyar.api.idempotency.Idempotent;
import org.hibernate.StaleObjectStateException;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.InjectableInstance;

/** Endpoints that exercise the persistence conventions; used only by this module's tests. */
@Path("/test")
@Produces(MediaType.APPLICATION_JSON)
public class PersistenceTestResource {

    /** How many times an idempotent endpoint really ran. */
    public static final AtomicInteger CREATED = new AtomicInteger();
    /** Makes the next creation fail once. */
    public static final AtomicBoolean FAIL_NEXT = new AtomicBoolean();
    /** Holds the slow creation until the test lets it go. */
    public static volatile CountDownLatch slowEntered = new CountDownLatch(1);
    public static volatile CountDownLatch slowRelease = new CountDownLatch(1);

    /** Looked up lazily, so that the application also starts without a datasource (NoDataSourceTest). */
    @Inject
    InjectableInstance<AgroalDataSource> dataSource;

    @GET
    @Path("/today")
    public Thing.Created today() {
        return new Thing.Created(0, "today", LocalDate.of(2024, 3, 20));
    }

    @GET
    @Path("/problem/optimistic")
    public String optimistic() {
        throw new OptimisticLockException("row was updated by another transaction");
    }

    @GET
    @Path("/problem/stale")
    public String stale() {
        throw new StaleObjectStateException("Agreement", UUID.randomUUID());
    }

    @GET
    @Path("/problem/wrapped-optimistic")
    public String wrappedOptimistic() {
        throw new IllegalStateException("commit failed", new OptimisticLockException("stale"));
    }

    /** What Hibernate throws when PostgreSQL refuses one more connection. */
    @GET
    @Path("/problem/too-many-clients")
    public String tooManyClients() {
        throw new IllegalStateException("Unable to acquire JDBC Connection",
                new SQLException("FATAL: sorry, too many clients already", "53300"));
    }

    /** What Agroal throws when no connection of the pool came free in time. */
    @GET
    @Path("/problem/acquisition-timeout")
    public String acquisitionTimeout() {
        throw new IllegalStateException("Unable to acquire JDBC Connection",
                new SQLException("Acquisition timeout while waiting for new connection"));
    }

    /** A real unique violation from PostgreSQL, as two concurrent creations of the same thing cause. */
    @GET
    @Path("/problem/duplicate")
    public String duplicate() throws SQLException {
        try (Connection connection = dataSource.get().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE IF NOT EXISTS once (id int PRIMARY KEY)");
            statement.execute("INSERT INTO once VALUES (1) ON CONFLICT DO NOTHING");
            statement.execute("INSERT INTO once VALUES (1)");
        }
        return "unreachable";
    }

    /** Text with a NUL character bound as a parameter, as a query parameter {@code ?name=%00} reaches a search. */
    @GET
    @Path("/problem/nul")
    public String nul() throws SQLException {
        try (Connection connection = dataSource.get().getConnection();
             java.sql.PreparedStatement statement = connection.prepareStatement("SELECT length(?)")) {
            statement.setString(1, "name\u0000");
            statement.executeQuery().close();
        }
        return "unreachable";
    }

    @POST
    @Path("/things")
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull Thing thing) {
        if (FAIL_NEXT.getAndSet(false)) {
            throw new IllegalStateException("the first attempt fails");
        }
        int number = CREATED.incrementAndGet();
        return Response.created(URI.create("/test/things/" + number)).tag(EntityTags.of(0))
                .entity(new Thing.Created(number, thing.name(), LocalDate.of(2024, 3, 20))).build();
    }

    @POST
    @Path("/slow-things")
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createSlowly(Thing thing) throws InterruptedException {
        slowEntered.countDown();
        if (!slowRelease.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never released the slow request");
        }
        return Response.status(201).entity(new Thing.Created(CREATED.incrementAndGet(), thing.name(), null)).build();
    }

    /** Not marked {@code @Idempotent}: a key is ignored. */
    @POST
    @Path("/plain-things")
    @Consumes(MediaType.APPLICATION_JSON)
    public Thing plain(@Valid @NotNull Thing thing) {
        return thing;
    }

    public record Thing(@NotBlank String name) {

        public record Created(int number, String name, LocalDate createdOn) {
        }
    }
}
