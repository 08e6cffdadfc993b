package org.hamyar.standards;

import java.text.Normalizer;
import java.util.Objects;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Persian text as it arrives (Arabic code points mixed in, invisible marks, any digit script),
 * folded into one form for comparing and searching names. Keep the original for display.
 *
 * <p>The folding follows {@code docs/domain.md}, which in turn follows the normaliser of the Hazm
 * library: the same name typed on an Arabic keyboard layout, a Persian one, or copied from a PDF
 * must compare equal.
 */
public final class PersianText {

    private static final char PERSIAN_KAF = '\u06A9';
    private static final char PERSIAN_YEH = '\u06CC';
    private static final char HEH = '\u0647';
    private static final char ALEF = '\u0627';
    private static final char WAW = '\u0648';

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private PersianText() {
    }

    /**
     * The comparison form of {@code s}: NFKC, Arabic letter variants folded to their Persian
     * letters, hamza, diacritics and tatweel removed, zero-width joiners and direction marks
     * removed, digits in ASCII, Latin letters in lower case, runs of white space collapsed to one
     * space and the ends trimmed.
     */
    public static String normalize(String s) {
        Objects.requireNonNull(s, "text");
        String composed = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(composed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < composed.length(); ) {
            int cp = composed.codePointAt(i);
            i += Character.charCount(cp);
            if (isWhiteSpace(cp)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            int folded = fold(cp);
            if (folded < 0) {
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(folded);
        }
        String result = out.toString();
        // Dropping a tatweel or a joiner can bring a base letter and a combining mark together
        // (e + tatweel + acute); composing them once more keeps normalize idempotent.
        return Normalizer.isNormalized(result, Normalizer.Form.NFKC)
                ? result
                : Normalizer.normalize(result, Normalizer.Form.NFKC);
    }

    /** {@link #normalize} without any spaces, so that "محمدرضا" and "محمد رضا" compare equal. */
    public static String compact(String s) {
        return normalize(s).replace(" ", "");
    }

    /**
     * True when {@code s} holds a C0 or C1 control character other than tab, line feed and
     * carriage return (DEL included), or a bidirectional embedding, override or isolate
     * (U+202A–U+202E, U+2066–U+2069). Such characters have no place in a name and can make text
     * display differently from what is stored ("Trojan Source" style spoofing).
     */
    public static boolean containsControlOrBidiOverride(String s) {
        Objects.requireNonNull(s, "text");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
            boolean bidi = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
            if (control || bidi) {
                return true;
            }
        }
        return false;
    }

    /**
     * Jaro–Winkler similarity (0 to 1) of the normalised forms of two names: the larger of the
     * spaced and the compact comparison, because Persian compound names are written both joined
     * and apart. Two names that are both empty after normalisation are identical (1.0).
     */
    public static double similarity(String a, String b) {
        String spacedA = normalize(a);
        String spacedB = normalize(b);
        String compactA = spacedA.replace(" ", "");
        String compactB = spacedB.replace(" ", "");
        if (compactA.isEmpty() || compactB.isEmpty()) {
            return compactA.isEmpty() && compactB.isEmpty() ? 1.0 : 0.0;
        }
        return Math.max(JARO_WINKLER.apply(spacedA, spacedB), JARO_WINKLER.apply(compactA, compactB));
    }

    private static boolean isWhiteSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    /** The folded code point, or -1 to drop it. */
    private static int fold(int cp) {
        int digit = cp <= Character.MAX_VALUE ? Digits.valueOf((char) cp) : -1;
        if (digit >= 0) {
            return '0' + digit;
        }
        if (isDropped(cp)) {
            return -1;
        }
        return switch (cp) {
            case '\u0643' -> PERSIAN_KAF;                                       // Arabic kaf
            case '\u064A', '\u0649', '\u0626', '\u06D2' -> PERSIAN_YEH;         // Arabic yeh, alef maksura, yeh with hamza, yeh barree
            case '\u0629', '\u06C0', '\u06C1', '\u06BE', '\u06D5' -> HEH;       // teh marbuta, heh with yeh, heh goal, heh doachashmee, ae
            case '\u0623', '\u0625', '\u0671', '\u0622' -> ALEF;                // alef with hamza above/below, wasla, madda
            case '\u0624' -> WAW;                                               // waw with hamza
            default -> Character.isLetter(cp) && cp < 0x0250 ? Character.toLowerCase(cp) : cp;
        };
    }

    private static boolean isDropped(int cp) {
        return cp == '\u0621'                                  // hamza
                || cp == '\u0654'                              // hamza above
                || (cp >= '\u064B' && cp <= '\u065F')          // harakat and other diacritics
                || cp == '\u0670'                              // superscript alef
                || cp == '\u0640'                              // tatweel
                || cp == '\u200C' || cp == '\u200D'            // ZWNJ, ZWJ
                || cp == '\u200E' || cp == '\u200F' || cp == '\u061C' // LRM, RLM, ALM
                || (cp >= '\u202A' && cp <= '\u202E')          // bidi embeddings and overrides
                || (cp >= '\u2066' && cp <= '\u2069')          // bidi isolates
                || cp == '\uFEFF';                             // BOM
    }
}
