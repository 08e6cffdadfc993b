package org.hamyar.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hamyar.infrastructure.PostgresDatabases;

/**
 * The number of rows in every table of the suite's databases, to see whether a refused request
 * left anything behind. One query per database; the tables are read once from the catalogue.
 */
public final class RowCounts implements AutoCloseable {

    private final Map<String, Connection> connections = new LinkedHashMap<>();
    private final Map<String, String> queries = new LinkedHashMap<>();

    public RowCounts(List<String> databases) {
        try {
            for (String database : databases) {
                Connection connection = DriverManager.getConnection(PostgresDatabases.jdbcUrl(database),
                        PostgresDatabases.user(), PostgresDatabases.password());
                connections.put(database, connection);
                List<String> tables = new ArrayList<>();
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("select tablename from pg_tables where schemaname = current_schema()"
                             + " and tablename not like 'flyway%' order by tablename")) {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                }
                queries.put(database, tables.stream()
                        .map(table -> "select '" + table + "', count(*) from \"" + table + "\"")
                        .reduce((a, b) -> a + " union all " + b).orElse("select 'none', 0"));
            }
        } catch (SQLException e) {
            close();
            throw new IllegalStateException("cannot read the suite's databases: " + e.getMessage(), e);
        }
    }

    /** {@code database.table → rows} */
    public Map<String, Long> snapshot() {
        Map<String, Long> counts = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, Connection> entry : connections.entrySet()) {
                try (Statement statement = entry.getValue().createStatement();
                     ResultSet rows = statement.executeQuery(queries.get(entry.getKey()))) {
                    while (rows.next()) {
                        counts.put(entry.getKey() + "." + rows.getString(1), rows.getLong(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    /** The tables with more rows in {@code after} than in {@code before} (deletions are the services' own clean-ups). */
    public static Map<String, Long> grown(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> grown = new LinkedHashMap<>();
        after.forEach((table, rows) -> {
            long was = before.getOrDefault(table, 0L);
            if (rows > was) {
                grown.put(table, rows - was);
            }
        });
        return grown;
    }

    /** Runs one statement on a database and returns the first column of the first row. */
    public long single(String database, String sql) {
        try (Statement statement = connections.get(database).createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        connections.values().forEach(connection -> {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing anyway
            }
        });
    }
}
