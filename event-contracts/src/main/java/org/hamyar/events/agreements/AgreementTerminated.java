package org.hamyar.events.agreements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The agreement ended before its term; its coordination clause no longer binds. */
public record AgreementTerminated(UUID agreementId, int version, String reason, LocalDate terminatedOn, Instant terminatedAt) {
}
