package org.hamyar.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Databases on the local PostgreSQL (127.0.0.1:5432, trust authentication, user postgres).
 * {@code PGHOST}, {@code PGPORT}, {@code PGUSER} and {@code PGPASSWORD} override the defaults,
 * as they do for psql.
 */
public final class PostgresDatabases {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private PostgresDatabases() {
    }

    /** Creates {@code database} unless it exists; returns its JDBC URL. Safe when JVMs race. */
    public static String ensure(String database) {
        requireValidName(database);
        try (Connection connection = connectToMaintenanceDatabase()) {
            if (!exists(connection, database)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE \"" + database + "\"");
                } catch (SQLException e) {
                    // another JVM created it between our check and our CREATE (42P04, or 23505 from
                    // pg_database's unique index when both CREATEs run at once): that is what we wanted
                    if (!exists(connection, database)) {
                        throw e;
                    }
                }
            }
            return jdbcUrl(database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database + " on " + jdbcUrl("postgres")
                    + " as " + user() + " (is PostgreSQL running? pg_isready -h " + host() + "): " + e.getMessage(), e);
        }
    }

    /** Drops {@code database} (closing its connections) and creates it empty; returns its JDBC URL. */
    public static String recreate(String database) {
        requireValidName(database);
        try (Connection connection = connectToMaintenanceDatabase();
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop database " + database + ": " + e.getMessage(), e);
        }
        return ensure(database);
    }

    public static boolean exists(String database) {
        requireValidName(database);
        try (Connection connection = connectToMaintenanceDatabase()) {
            return exists(connection, database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach PostgreSQL at " + jdbcUrl("postgres") + ": " + e.getMessage(), e);
        }
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
    }

    public static String user() {
        return setting("PGUSER", "postgres");
    }

    /** Empty with the local trust authentication. */
    public static String password() {
        return setting("PGPASSWORD", "");
    }

    private static String host() {
        return setting("PGHOST", "127.0.0.1");
    }

    private static String port() {
        return setting("PGPORT", "5432");
    }

    private static String setting(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void requireValidName(String database) {
        if (database == null || !NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("not a database name for Hamyar (lower case letters, digits, _): " + database);
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static Connection connectToMaintenanceDatabase() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user());
        if (!password().isEmpty()) {
            properties.setProperty("password", password());
        }
        properties.setProperty("connectTimeout", "5");
        // the driver directly, not DriverManager: Quarkus test class loaders hide it from DriverManager
        Connection connection = new org.postgresql.Driver().connect(jdbcUrl("postgres"), properties);
        if (connection == null) {
            throw new SQLException("the PostgreSQL driver refused " + jdbcUrl("postgres"));
        }
        return connection;
    }
}
