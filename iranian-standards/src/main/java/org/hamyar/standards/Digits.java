package org.hamyar.standards;

import java.util.OptionalLong;

/**
 * Reading numbers written with Persian (U+06F0–U+06F9) or Arabic-Indic (U+0660–U+0669) digits.
 *
 * <p>Iranian users type whichever digits their keyboard gives them, and copy-pasted text mixes
 * scripts, so every place that reads a number must accept all three scripts.
 */
public final class Digits {

    private static final char PERSIAN_ZERO = '\u06F0';
    private static final char ARABIC_INDIC_ZERO = '\u0660';
    private static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';
    private static final char MINUS_SIGN = '\u2212';

    private Digits() {
    }

    /** Replaces every Persian and Arabic-Indic digit with its ASCII digit; other characters stay. */
    public static String toAscii(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            int value = valueOf(s.charAt(i));
            if (value >= 0 && s.charAt(i) > '9') {
                if (out == null) {
                    out = new StringBuilder(s);
                }
                out.setCharAt(i, (char) ('0' + value));
            }
        }
        return out == null ? s : out.toString();
    }

    /**
     * The numeric value of an ASCII, Persian or Arabic-Indic digit, or -1 for any other character.
     */
    public static int valueOf(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= PERSIAN_ZERO && c <= PERSIAN_ZERO + 9) {
            return c - PERSIAN_ZERO;
        }
        if (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_ZERO + 9) {
            return c - ARABIC_INDIC_ZERO;
        }
        return -1;
    }

    /**
     * Parses a whole number written in any of the three digit scripts.
     *
     * <p>Accepts surrounding white space, one leading {@code +} or {@code -} (or U+2212 minus), and
     * thousands separators ({@code ,} or the Arabic separator {@code ٬}) between groups of exactly
     * three digits. Returns empty for null, blank or malformed input and for values outside
     * {@code long}: an amount that was mistyped must not be read as some other amount.
     */
    public static OptionalLong parseLong(String s) {
        if (s == null) {
            return OptionalLong.empty();
        }
        String text = s.strip();
        int i = 0;
        boolean negative = false;
        if (!text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-' || text.charAt(0) == MINUS_SIGN)) {
            negative = text.charAt(0) != '+';
            i = 1;
        }
        if (i == text.length()) {
            return OptionalLong.empty();
        }
        // Accumulate negatively so that Long.MIN_VALUE parses without overflow.
        long result = 0;
        int digitsInGroup = 0;
        boolean separatorSeen = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ARABIC_THOUSANDS_SEPARATOR) {
                boolean firstGroupOk = separatorSeen ? digitsInGroup == 3 : digitsInGroup >= 1 && digitsInGroup <= 3;
                if (!firstGroupOk) {
                    return OptionalLong.empty();
                }
                separatorSeen = true;
                digitsInGroup = 0;
                continue;
            }
            int digit = valueOf(c);
            if (digit < 0) {
                return OptionalLong.empty();
            }
            try {
                result = Math.subtractExact(Math.multiplyExact(result, 10), digit);
            } catch (ArithmeticException overflow) {
                return OptionalLong.empty();
            }
            digitsInGroup++;
        }
        if (digitsInGroup == 0 || (separatorSeen && digitsInGroup != 3)) {
            return OptionalLong.empty();
        }
        if (negative) {
            return OptionalLong.of(result);
        }
        return result == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(-result);
    }
}
