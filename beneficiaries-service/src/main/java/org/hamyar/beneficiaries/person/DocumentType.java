package org.hamyar.beneficiaries.person;

import java.util.regex.Pattern;

/**
 * Identity documents of persons without a national code (docs/product.md §4 "Persons"): children
 * not yet registered, foreign nationals such as Afghan refugees. The number's shape is checked after
 * {@link IdentityDocument#normalizeNumber} (any digit script; spaces, dashes and slashes dropped;
 * Latin letters upper case).
 */
public enum DocumentType {

    /** The Amayesh card of a registered refugee (BAFIA): 6 to 12 digits. */
    AMAYESH("[0-9]{6,12}", true),
    /** The foreign national's unique id (FIDA, kod-e faragir): 12 digits. */
    FOREIGN_NATIONAL_ID("[0-9]{12}", true),
    /** A passport: 6 to 9 Latin letters and digits, at least one digit (e.g. P1234567, X12345678). */
    PASSPORT("(?=.*[0-9])[A-Z0-9]{6,9}", true),
    /**
     * A birth certificate (shenasnameh) number: 1 to 10 digits. Old numbers were issued per registry
     * office and repeat across the country, so the number links a person only together with the
     * birth date (README "Decisions").
     */
    BIRTH_CERTIFICATE("[0-9]{1,10}", false);

    private final Pattern shape;
    private final boolean uniqueNationally;

    DocumentType(String shape, boolean uniqueNationally) {
        this.shape = Pattern.compile(shape);
        this.uniqueNationally = uniqueNationally;
    }

    /** Whether a normalised number has this type's shape (and is not all zeros). */
    public boolean accepts(String normalizedNumber) {
        return shape.matcher(normalizedNumber).matches() && !normalizedNumber.chars().allMatch(c -> c == '0');
    }

    /** Whether the number alone names one person in the country. */
    public boolean uniqueNationally() {
        return uniqueNationally;
    }
}
