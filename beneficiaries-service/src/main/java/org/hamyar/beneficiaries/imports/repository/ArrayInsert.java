package org.hamyar.beneficiaries.imports.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Many rows in one statement: each column travels as one text array and the statement
 * ({@code insert … select … from unnest(?::text[], …)}) casts them, so that a chunk of a thousand
 * persons is one round trip per table, whatever the driver's batching.
 */
final class ArrayInsert {

    private final String sql;
    private final List<List<String>> columns = new ArrayList<>();

    /** {@code sql}'s parameters are the {@code extra} values of {@link #execute}, then the {@code columnCount} arrays. */
    ArrayInsert(String sql, int columnCount) {
        this.sql = sql;
        for (int i = 0; i < columnCount; i++) {
            columns.add(new ArrayList<>());
        }
    }

    void add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " values, got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            columns.get(i).add(values[i] == null ? null : values[i].toString());
        }
    }

    int size() {
        return columns.getFirst().size();
    }

    void execute(Connection connection, Object... extra) throws SQLException {
        if (size() == 0) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int p = 1;
            for (Object value : extra) {
                insert.setObject(p++, value);
            }
            for (List<String> column : columns) {
                insert.setArray(p++, connection.createArrayOf("text", column.toArray()));
            }
            insert.executeUpdate();
        }
    }
}
