package org.hamyar.infrastructure;

import org.hamyar.infrastructure.testing.PostgresTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against the real local PostgreSQL. */
class PostgresDatabasesTest {

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void dropCreatedDatabases() throws Exception {
        try (Connection connection = DriverManager.getConnection(PostgresDatabases.jdbcUrl("postgres"), PostgresDatabases.user(), PostgresDatabases.password());
             Statement statement = connection.createStatement()) {
            for (String database : created) {
                statement.execute("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
            }
        }
    }

    @Test
    void ensure_creates_a_missing_database_once_and_returns_its_url() throws Exception {
        String name = fresh();
        assertThat(PostgresDatabases.exists(name)).isFalse();

        String first = PostgresDatabases.ensure(name);
        createTable(first);
        String second = PostgresDatabases.ensure(name);

        assertThat(first).isEqualTo("jdbc:postgresql://127.0.0.1:5432/" + name).isEqualTo(second);
        assertThat(PostgresDatabases.exists(name)).isTrue();
        assertThat(tableExists(second)).as("ensuring again keeps the data").isTrue();
    }

    @Test
    void parallel_callers_racing_to_create_the_same_database_all_succeed() throws Exception {
        String name = fresh();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                results.add(pool.submit((Callable<String>) () -> PostgresDatabases.ensure(name)));
            }
            for (Future<String> result : results) {
                assertThat(result.get()).endsWith("/" + name);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void recreate_empties_a_database() throws Exception {
        String name = fresh();
        createTable(PostgresDatabases.ensure(name));

        String url = PostgresDatabases.recreate(name);

        assertThat(tableExists(url)).isFalse();
    }

    @Test
    void names_that_are_not_plain_identifiers_are_refused() {
        for (String bad : List.of("", "Upper", "with-dash", "x\"; DROP DATABASE postgres; --", "1starts_with_digit")) {
            assertThatThrownBy(() -> PostgresDatabases.ensure(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void the_test_resource_gives_quarkus_the_database_and_the_local_credentials() {
        String name = fresh();
        PostgresTestResource resource = new PostgresTestResource();
        resource.init(Map.of("database", name));

        Map<String, String> config = resource.start();

        // a checkout beside main may set its own suffix (PostgresTestResource.SUFFIX_VARIABLE)
        String suffix = System.getenv(PostgresTestResource.SUFFIX_VARIABLE);
        String database = suffix == null || suffix.isBlank() ? name : name + "_" + suffix.toLowerCase(java.util.Locale.ROOT);
        assertThat(config).containsEntry("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/" + database)
                .containsEntry("quarkus.datasource.username", "postgres")
                .containsEntry("quarkus.datasource.password", "");
        assertThat(PostgresDatabases.exists(database)).isTrue();
    }

    @Test
    void the_test_resource_needs_a_database_name() {
        assertThatThrownBy(() -> new PostgresTestResource().init(Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"database\"");
    }

    private String fresh() {
        String name = "hamyar_infra_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        created.add(name);
        return name;
    }

    private static void createTable(String url) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, PostgresDatabases.user(), PostgresDatabases.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE marker (id int)");
        }
    }

    private static boolean tableExists(String url) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, PostgresDatabases.user(), PostgresDatabases.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT to_regclass('public.marker') IS NOT NULL")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }
}
