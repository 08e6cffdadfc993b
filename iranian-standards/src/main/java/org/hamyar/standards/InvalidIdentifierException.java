package org.hamyar.standards;

/**
 * An identifier (national code, national id) that fails its format or check-digit rule.
 *
 * <p>The message names the kind of identifier and the rule that failed, but never the value itself:
 * identifiers are personal data and exception messages end up in logs.
 */
public class InvalidIdentifierException extends RuntimeException {

    private final String identifierKind;
    private final String reason;

    public InvalidIdentifierException(String identifierKind, String reason) {
        super("Invalid " + identifierKind + ": " + reason);
        this.identifierKind = identifierKind;
        this.reason = reason;
    }

    /** For example {@code "national code"} or {@code "national id"}. */
    public String identifierKind() {
        return identifierKind;
    }

    /** The failed rule in a few words, for example {@code "check digit does not match"}. */
    public String reason() {
        return reason;
    }
}
