package org.hamyar.standards;

import java.util.Optional;

/**
 * The national id (<i>shenase-ye melli</i>) of a legal entity such as an NGO or a donor company:
 * exactly eleven digits, the last a check digit.
 *
 * <p>Input may use Persian or Arabic-Indic digits, spaces, dashes and invisible marks. Unlike a
 * person's national code it is never padded: leading zeros are not dropped in practice, and a
 * shorter number is more likely a national code typed into the wrong field.
 */
public final class NationalId {

    static final String KIND = "national id";
    private static final int LENGTH = 11;
    private static final int[] WEIGHTS = {29, 27, 23, 19, 17};

    private NationalId() {
    }

    /** The eleven ASCII digits of a valid id, or empty when {@code raw} is null or not valid. */
    public static Optional<String> normalize(String raw) {
        return Optional.ofNullable(check(raw).value());
    }

    public static boolean isValid(String raw) {
        return check(raw).isValid();
    }

    /**
     * The eleven ASCII digits of a valid id.
     *
     * @throws InvalidIdentifierException naming the rule that failed
     */
    public static String requireValid(String raw) {
        return check(raw).require(KIND);
    }

    private static IdentifierInput.Checked check(String raw) {
        return IdentifierInput.check(raw, NationalId::checkDigits);
    }

    /** The rules past "digits only", on the ASCII digits of the input. */
    private static IdentifierInput.Checked checkDigits(String id) {
        if (id.length() != LENGTH) {
            return IdentifierInput.Checked.invalid("must have exactly 11 digits");
        }
        if (id.charAt(10) - '0' != checkDigit(id)) {
            return IdentifierInput.Checked.invalid("check digit does not match");
        }
        return IdentifierInput.Checked.valid(id);
    }

    /**
     * The check digit for the first ten digits: d = digit[9] + 2,
     * S = Σ (d + digit[i])·w[i mod 5] with w = 29, 27, 23, 19, 17; S mod 11, where 10 counts as 0.
     */
    static int checkDigit(String id) {
        int decimal = (id.charAt(9) - '0') + 2;
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += (decimal + id.charAt(i) - '0') * WEIGHTS[i % WEIGHTS.length];
        }
        int remainder = sum % 11;
        return remainder == 10 ? 0 : remainder;
    }
}
