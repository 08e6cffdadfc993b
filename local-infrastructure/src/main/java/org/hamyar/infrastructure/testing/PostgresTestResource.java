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
 * it being empty. Two checkouts that test on one machine at once (a branch with new migrations
 * beside main) keep apart by setting {@value #SUFFIX_VARIABLE}: its value is appended to every
 * test database's name.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "database";
    /** Environment variable whose value (letters, digits, underscores) is appended to the database name. */
    public static final String SUFFIX_VARIABLE = "HAMYAR_TEST_DATABASE_SUFFIX";

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get(DATABASE);
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("PostgresTestResource needs the init argument \"" + DATABASE
                    + "\", e.g. @ResourceArg(name = \"database\", value = \"agreements_test\")");
        }
        String suffix = System.getenv(SUFFIX_VARIABLE);
        if (suffix != null && !suffix.isBlank()) {
            if (!suffix.matches("[A-Za-z0-9_]{1,20}")) {
                throw new IllegalArgumentException(SUFFIX_VARIABLE + " must be 1 to 20 letters, digits or underscores");
            }
            database = database + "_" + suffix.toLowerCase(java.util.Locale.ROOT);
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
