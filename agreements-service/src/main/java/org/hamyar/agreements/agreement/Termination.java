package org.hamyar.agreements.agreement;

import java.time.LocalDate;

/** Ending an agreement before its term: why, and the first day it no longer binds ({@code null}: today). */
public record Termination(String reason, LocalDate effectiveOn) {
}
