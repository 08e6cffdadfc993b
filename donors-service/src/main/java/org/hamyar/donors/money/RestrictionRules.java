package org.hamyar.donors.money;

import org.hamyar.api.validation.Violations;
import org.hamyar.standards.Province;
import org.hamyar.standards.Provinces;

import java.util.List;
import java.util.Objects;

/** Field rules of a {@link Restrictions} body: real provinces, plain county names, nothing twice. */
public final class RestrictionRules {

    private RestrictionRules() {
    }

    /** The restrictions with province codes in their canonical two-digit form (Persian digits and IR-nn accepted). */
    public static Restrictions normalised(Restrictions restrictions) {
        if (restrictions == null) {
            return Restrictions.none();
        }
        List<String> provinces = restrictions.provinces().stream()
                .map(code -> code == null ? null : Provinces.byCode(code).map(Province::code).orElse(code))
                .distinct().toList();
        return new Restrictions(restrictions.aidCategories().stream().distinct().toList(),
                restrictions.beneficiaryCategories().stream().distinct().toList(), provinces,
                restrictions.counties().stream().distinct().toList());
    }

    public static void check(String field, Restrictions restrictions, Violations violations) {
        if (restrictions == null) {
            return;
        }
        violations.each(field + ".provinces", restrictions.provinces(), (path, code, i) ->
                violations.when(Provinces.byCode(code).isEmpty(), path, "province.unknown", code));
        violations.each(field + ".counties", restrictions.counties(), (path, county, i) -> {
            violations.when(county.isBlank() || county.length() > 100, path, "text.length", 1, 100);
            violations.plainText(path, county);
        });
        violations.when(hasNull(restrictions.aidCategories()), field + ".aidCategories", "list.no-null");
        violations.when(hasNull(restrictions.beneficiaryCategories()), field + ".beneficiaryCategories", "list.no-null");
        violations.when(hasNull(restrictions.provinces()), field + ".provinces", "list.no-null");
        violations.when(hasNull(restrictions.counties()), field + ".counties", "list.no-null");
    }

    /** Whether the list holds a null (List.of's contains(null) would throw). */
    private static boolean hasNull(List<?> list) {
        return list.stream().anyMatch(Objects::isNull);
    }
}
