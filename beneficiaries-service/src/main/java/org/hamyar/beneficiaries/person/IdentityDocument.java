package org.hamyar.beneficiaries.person;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.hamyar.standards.Digits;

/**
 * A person's identity document in its stored form: the type and the normalised number.
 *
 * @param number ASCII digits and upper-case Latin letters, no separators
 */
public record IdentityDocument(DocumentType type, String number) {

    public IdentityDocument {
        Objects.requireNonNull(type, "type");
        if (number == null || !type.accepts(number)) {
            throw new IllegalArgumentException("not a " + type + " number: " + number);
        }
    }

    /** The document when the number has the type's shape once normalised; empty otherwise. */
    public static Optional<IdentityDocument> of(DocumentType type, String number) {
        if (type == null || number == null) {
            return Optional.empty();
        }
        String normalized = normalizeNumber(number);
        return type.accepts(normalized) ? Optional.of(new IdentityDocument(type, normalized)) : Optional.empty();
    }

    /** Digits in ASCII (Persian and Arabic-Indic accepted), spaces, dashes and slashes dropped, letters upper case. */
    public static String normalizeNumber(String number) {
        return Digits.toAscii(number).replaceAll("[\\s\\-/\u200C\u200F\u200E]", "").toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * What links two registrations of one person, as the national code does: the type and number,
     * and for a birth certificate also the birth date (its number repeats across the country).
     */
    public String linkKey(LocalDate birthDate) {
        return type.uniqueNationally() ? type + ":" + number : type + ":" + number + ":" + birthDate;
    }
}
