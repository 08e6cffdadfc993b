package org.hamyar.events.agreements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The agreement ended before its term; its coordination clause no longer binds. */
// the reason the parties wrote stays in the agreements-service: free text may name people, and events carry none
public record AgreementTerminated(UUID agreementId, int version, LocalDate terminatedOn, Instant terminatedAt) {
}
