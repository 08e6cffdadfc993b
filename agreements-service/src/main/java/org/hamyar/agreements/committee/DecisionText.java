package org.hamyar.agreements.committee;

import java.time.LocalDate;

/** A decision of the joint committee as a party's coordinator records it; {@code kind} null for OTHER. */
public record DecisionText(String subject, String text, LocalDate decidedOn, Decision.Kind kind) {
}
