package org.hamyar.events.agreements;

import java.time.Instant;

/** The agreement reached its effective date with every signature: its coordination clause now binds. */
public record AgreementActivated(AgreementTerms terms, Instant activatedAt) {
}
