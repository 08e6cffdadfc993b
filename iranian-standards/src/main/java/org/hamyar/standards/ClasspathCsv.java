package org.hamyar.standards;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the small reference tables shipped in this jar. They hold plain comma-separated values
 * without quoting (no name contains a comma), so a split is enough.
 */
final class ClasspathCsv {

    private ClasspathCsv() {
    }

    /** The data rows (header skipped) of a resource next to this class, each split on commas. */
    static List<String[]> rows(String resourceName, int columns) {
        try (InputStream in = ClasspathCsv.class.getResourceAsStream(resourceName)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource org/hamyar/standards/" + resourceName);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException("Malformed row in " + resourceName + ": " + line);
                }
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip();
                }
                rows.add(cells);
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resourceName, e);
        }
    }
}
