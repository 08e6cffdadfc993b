package org.hamyar.benchmarks.duplicates;

import java.util.List;

import org.hamyar.benchmarks.registry.RegistryRow;
import org.hamyar.beneficiaries.duplicate.Identity;
import org.hamyar.beneficiaries.person.Sex;
import org.hamyar.standards.Dates;

/** Rows as the service reads them: dates in either calendar and any digit script, names normalised. */
public final class RowIdentities {

    private RowIdentities() {
    }

    public static Identity of(RegistryRow row) {
        return Identity.of(row.firstName(), row.lastName(), row.fatherName(), Dates.parseIsoOrJalali(row.birthDate()),
                Sex.valueOf(row.sex()), row.provinceCode(), row.county());
    }

    public static List<Identity> of(List<RegistryRow> rows) {
        return rows.stream().map(RowIdentities::of).toList();
    }
}
