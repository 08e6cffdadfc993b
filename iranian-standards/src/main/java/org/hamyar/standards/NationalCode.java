package org.hamyar.standards;

import java.util.Optional;

/**
 * The national code (<i>kod-e melli</i>) of a person: ten digits, the last a check digit.
 *
 * <p>Kept as text because leading zeros are significant. Input may use Persian or Arabic-Indic
 * digits, spaces, dashes and invisible marks; eight or nine digits are left-padded with zeros
 * because spreadsheets drop leading zeros. Rules: see {@code docs/domain.md} and the module README.
 */
public final class NationalCode {

    static final String KIND = "national code";
    private static final int LENGTH = 10;

    private NationalCode() {
    }

    /** The ten ASCII digits of a valid code, or empty when {@code raw} is null or not valid. */
    public static Optional<String> normalize(String raw) {
        return Optional.ofNullable(check(raw).value());
    }

    public static boolean isValid(String raw) {
        return check(raw).isValid();
    }

    /**
     * The ten ASCII digits of a valid code.
     *
     * @throws InvalidIdentifierException naming the rule that failed
     */
    public static String requireValid(String raw) {
        return check(raw).require(KIND);
    }

    private static IdentifierInput.Checked check(String raw) {
        return IdentifierInput.check(raw, NationalCode::checkDigits);
    }

    /** The rules past "digits only", on the ASCII digits of the input. */
    private static IdentifierInput.Checked checkDigits(String digits) {
        if (digits.length() < LENGTH - 2 || digits.length() > LENGTH) {
            return IdentifierInput.Checked.invalid("must have 10 digits (8 or 9 are padded with leading zeros)");
        }
        String code = "0".repeat(LENGTH - digits.length()) + digits;
        if (code.chars().allMatch(c -> c == code.charAt(0))) {
            // Every code of ten equal digits satisfies the check-digit sum; none is issued.
            return IdentifierInput.Checked.invalid("ten equal digits are not a national code");
        }
        if (code.substring(3, 9).equals("000000")) {
            // Digits 4-9 (counting from 1) are the serial within the issuing office; serial zero is never issued.
            return IdentifierInput.Checked.invalid("serial number (digits 4 to 9) is all zeros");
        }
        if (code.charAt(9) - '0' != checkDigit(code)) {
            return IdentifierInput.Checked.invalid("check digit does not match");
        }
        return IdentifierInput.Checked.valid(code);
    }

    /** The check digit for the first nine digits of {@code code}: s = Σ d[i]·(10−i), r = s mod 11. */
    static int checkDigit(String code) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (code.charAt(i) - '0') * (10 - i);
        }
        int remainder = sum % 11;
        return remainder < 2 ? remainder : 11 - remainder;
    }
}
