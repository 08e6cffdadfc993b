package org.hamyar.standards;

/**
 * How identifiers arrive from forms, spreadsheets and copy-paste: with spaces, dashes, invisible
 * direction marks and digits in any script. Shared by {@link NationalCode} and {@link NationalId}.
 */
final class IdentifierInput {

    private IdentifierInput() {
    }

    /** Either the cleaned digits or the reason they are not acceptable. */
    record Checked(String value, String failure) {

        static Checked valid(String value) {
            return new Checked(value, null);
        }

        static Checked invalid(String failure) {
            return new Checked(null, failure);
        }

        boolean isValid() {
            return value != null;
        }

        /** @throws InvalidIdentifierException naming the rule that failed, for an identifier of this kind */
        String require(String kind) {
            if (!isValid()) {
                throw new InvalidIdentifierException(kind, failure);
            }
            return value;
        }
    }

    /** Null and anything but digits, separators and invisible marks fail alike; the digits go to {@code rules}. */
    static Checked check(String raw, java.util.function.Function<String, Checked> rules) {
        if (raw == null) {
            return Checked.invalid("missing");
        }
        String digits = asciiDigits(raw);
        return digits == null ? Checked.invalid("must contain digits only") : rules.apply(digits);
    }

    /**
     * The ASCII digits of {@code raw} after dropping separators and invisible marks, or null when
     * something else (a letter, a dot) is left.
     */
    static String asciiDigits(String raw) {
        StringBuilder digits = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isIgnorable(c)) {
                continue;
            }
            int value = Digits.valueOf(c);
            if (value < 0) {
                return null;
            }
            digits.append((char) ('0' + value));
        }
        return digits.toString();
    }

    private static boolean isIgnorable(char c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || isDash(c)
                || c == '\u200C' || c == '\u200D'            // ZWNJ, ZWJ
                || c == '\u200E' || c == '\u200F' || c == '\u061C' // LRM, RLM, ALM
                || (c >= '\u202A' && c <= '\u202E')          // bidi embeddings and overrides
                || (c >= '\u2066' && c <= '\u2069')          // bidi isolates
                || c == '\uFEFF';                            // BOM
    }

    private static boolean isDash(char c) {
        return c == '-'
                || (c >= '\u2010' && c <= '\u2015')          // hyphen .. horizontal bar
                || c == '\u2212' || c == '\uFE58' || c == '\uFE63' || c == '\uFF0D';
    }
}
