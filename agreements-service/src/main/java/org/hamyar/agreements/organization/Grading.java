package org.hamyar.agreements.organization;

import java.time.LocalDate;

/** A capacity assessment of an NGO as the assessing organisation records it. */
public record Grading(Grade grade, LocalDate assessedOn, String note) {
}
