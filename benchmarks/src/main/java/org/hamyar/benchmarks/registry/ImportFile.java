package org.hamyar.benchmarks.registry;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;

import org.hamyar.standards.PersianText;

/**
 * A registry file for POST /api/imports: rows of the {@link SyntheticRegistry} (the same person typed
 * again by another agency, letter and digit variants, swapped names; about 30 % duplicates), each
 * person a household of one. Every {@code run} draws its persons from a registry of its own
 * ({@code seed + run}) and moves their national codes to a block of its own: the file is new to the
 * service (the same file again would answer the first job), and so are its persons, by code and by
 * name. A run with the persons of an earlier run would measure a file of possible duplicates of the
 * earlier import instead of a file of new families. Rows without a national code or a place are left out:
 * the import's columns carry neither documents nor a missing place.
 */
public final class ImportFile {

    private ImportFile() {
    }

    /** {@code rows} data rows and the header, UTF-8. */
    public static byte[] csv(int rows, long seed, int run) {
        StringBuilder csv = new StringBuilder("household,relation,national_code,first_name,last_name,father_name,birth_date,sex,province,county\n");
        Iterator<RegistryRow> registry = new SyntheticRegistry(seed + run).iterator(rows * 2);
        long base = 200_000_000L + (long) Math.floorMod(run, 700) * 1_000_000L;
        int written = 0;
        while (written < rows && registry.hasNext()) {
            RegistryRow row = registry.next();
            if (row.nationalCode() == null || row.provinceCode() == null || row.county() == null) {
                continue;
            }
            boolean first = PersianText.normalize(row.nationalCode()).equals(NationalCodes.of(2L * row.person()));
            String code = NationalCodes.of(base + 2L * row.person() + (first ? 0 : 1));
            csv.append(row.row()).append(",HEAD,").append(code).append(',').append(row.firstName()).append(',')
                    .append(row.lastName()).append(',').append(row.fatherName() == null ? "" : row.fatherName()).append(',')
                    .append(row.birthDate()).append(',').append(row.sex()).append(',').append(row.provinceCode()).append(',')
                    .append(row.county()).append('\n');
            written++;
        }
        if (written < rows) {
            throw new IllegalStateException("the registry gave only " + written + " usable rows of " + rows);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
