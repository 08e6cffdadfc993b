package org.hamyar.events.agreements;

import java.time.Instant;
import java.util.UUID;

/** One party signed; {@code allSigned} tells whether the agreement became {@code SIGNED} with it. */
public record AgreementSigned(UUID agreementId, int version, UUID organizationId, boolean allSigned, Instant signedAt) {
}
