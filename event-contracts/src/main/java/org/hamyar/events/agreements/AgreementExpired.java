package org.hamyar.events.agreements;

import java.time.LocalDate;
import java.util.UUID;

/** The agreement's effective period ended; its coordination clause no longer binds. */
public record AgreementExpired(UUID agreementId, int version, LocalDate expiredOn) {
}
