package org.hamyar.donors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The shape of an RFC 9457 problem as api-conventions writes it; for the OpenAPI document only. */
@Schema(description = "RFC 9457 problem details; title and detail in Persian when Accept-Language prefers fa")
record ProblemDocument(
        @Schema(example = "urn:hamyar:problem:validation-failed") String type,
        String title,
        int status,
        String detail,
        String instance,
        String requestId,
        List<Error> errors) {

    record Error(@Schema(example = "amountRials") String field, String message) {
    }
}
