package org.hamyar.standards;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The 31 provinces with the Statistical Centre of Iran's two-digit codes, which ISO 3166-2:IR has
 * used since 2020. Loaded from {@code org/hamyar/standards/provinces.csv}, a verbatim copy of the
 * project's shared {@code data/provinces.csv}.
 */
public final class Provinces {

    private static final List<Province> ALL = ClasspathCsv.rows("provinces.csv", 3).stream()
            .map(row -> new Province(row[0], row[1], row[2]))
            .toList();

    private static final Map<String, Province> BY_CODE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Province::code, Function.identity()));

    private Provinces() {
    }

    /**
     * The province with a two-digit code ({@code "26"}, {@code "۲۶"}, {@code "٢٦"}) or an ISO 3166-2
     * code ({@code "IR-26"}, any letter case); surrounding white space is ignored.
     */
    public static Optional<Province> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String key = Digits.toAscii(code.strip());
        if (key.length() == 5 && key.regionMatches(true, 0, "IR-", 0, 3)) {
            key = key.substring(3);
        }
        return Optional.ofNullable(BY_CODE.get(key));
    }

    public static boolean isValidCode(String code) {
        return byCode(code).isPresent();
    }

    /** All provinces in code order. */
    public static List<Province> all() {
        return ALL;
    }
}
