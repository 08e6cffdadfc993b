package org.hamyar.api.problem;

/**
 * One failing field of a request, as it appears in a problem's {@code errors} member.
 *
 * @param field   the JSON path of the field as the client wrote it, such as
 *                {@code parties[1].organizationId}, or a query parameter's name
 * @param message what is wrong with it, in the language the client asked for
 */
public record FieldViolation(String field, String message) {
}
