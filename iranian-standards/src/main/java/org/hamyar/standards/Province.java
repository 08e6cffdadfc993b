package org.hamyar.standards;

import java.util.Objects;

/**
 * One of Iran's 31 provinces (<i>ostan</i>).
 *
 * @param code   the Statistical Centre of Iran's two-digit code, {@code "00"} to {@code "30"}; also the
 *               number in the province's ISO 3166-2 code
 * @param nameEn the English name, for example {@code "Qazvin"}
 * @param nameFa the Persian name
 */
public record Province(String code, String nameEn, String nameFa) {

    public Province {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(nameFa, "nameFa");
    }

    /** The ISO 3166-2 code, for example {@code "IR-26"}. */
    public String isoCode() {
        return "IR-" + code;
    }
}
