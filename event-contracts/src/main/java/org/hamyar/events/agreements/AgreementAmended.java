package org.hamyar.events.agreements;

import java.time.Instant;

/** A new version replaced the agreement's terms; {@code terms.version()} is the new version. */
public record AgreementAmended(AgreementTerms terms, int previousVersion, Instant amendedAt) {
}
