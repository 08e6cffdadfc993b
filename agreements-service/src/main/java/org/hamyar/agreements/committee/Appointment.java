package org.hamyar.agreements.committee;

import java.time.LocalDate;

/** A party's representative on one of its own committee seats; {@code appointedOn} null for today. */
public record Appointment(String personName, String personTitle, LocalDate appointedOn) {
}
