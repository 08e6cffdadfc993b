package org.hamyar.events.agreements;

import java.util.UUID;

/** A party to an agreement and its role in it (for example {@code IMPLEMENTER}, {@code MONITOR}). */
public record AgreementParty(UUID organizationId, String role) {
}
