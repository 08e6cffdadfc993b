package org.hamyar.infrastructure.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.hamyar.infrastructure.PostgresDatabases;

import java.util.Map;

/**
 * The service's test database on the local PostgreSQL, created if missing.
 *
 * <pre>{@code @QuarkusTestResource(value = PostgresTestResource.class,
 *     initArgs = @ResourceArg(name = "database", value = "beneficiaries_test"))}</pre>
 *
 * <p>The database outlives the run (Flyway migrates it the next time); tests must not depend on
 * it being empty.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "database";

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get(DATABASE);
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("PostgresTestResource needs the init argument \"" + DATABASE
                    + "\", e.g. @ResourceArg(name = \"database\", value = \"agreements_test\")");
        }
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url", PostgresDatabases.ensure(database),
                "quarkus.datasource.username", PostgresDatabases.user(),
                "quarkus.datasource.password", PostgresDatabases.password());
    }

    @Override
    public void stop() {
        // the database stays: creating one costs more than migrating it again
    }
}
