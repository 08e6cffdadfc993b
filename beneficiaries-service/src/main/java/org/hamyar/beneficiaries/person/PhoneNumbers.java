package org.hamyar.beneficiaries.person;

import java.util.Optional;

import org.hamyar.standards.Digits;

/**
 * Iranian phone numbers as people write them ({@code 0912 345 6789}, {@code +98-912-345-6789},
 * {@code ۰۹۱۲۳۴۵۶۷۸۹}), kept in the national form: 11 digits starting with 0 (mobile {@code 09…}
 * or a landline with its area code, {@code 028…} in Qazvin).
 */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** The national form, or empty when {@code raw} is not an Iranian phone number. */
    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        StringBuilder digits = new StringBuilder();
        String text = raw.strip();
        boolean international = text.startsWith("+");
        for (int i = international ? 1 : 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int value = Digits.valueOf(c);
            if (value >= 0) {
                digits.append((char) ('0' + value));
            } else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '\u200C') {
                return Optional.empty();
            }
        }
        String number = digits.toString();
        if (international || number.startsWith("0098")) {
            String national = number.startsWith("0098") ? number.substring(4) : number.startsWith("98") ? number.substring(2) : null;
            if (national == null) {
                return Optional.empty();
            }
            number = "0" + national;
        }
        return number.matches("0[1-9][0-9]{9}") ? Optional.of(number) : Optional.empty();
    }

    public static boolean isValid(String raw) {
        return normalize(raw).isPresent();
    }
}
