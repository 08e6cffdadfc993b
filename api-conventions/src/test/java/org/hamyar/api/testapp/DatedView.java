package org.hamyar.api.testapp;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

/** A response with dates at every depth. */
public record DatedView(LocalDate grantedOn, Instant recordedAt, OffsetDateTime signedAt, LocalDateTime localAt,
                    LocalDate due, Nested nested, List<Nested> history) {

    public record Nested(String label, LocalDate on) {
    }
}
