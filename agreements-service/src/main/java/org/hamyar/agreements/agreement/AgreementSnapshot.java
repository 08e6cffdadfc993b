package org.hamyar.agreements.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An agreement as it stands, copied out of its entity inside the transaction that read it: what the
 * services answer with, and what the API maps to its records.
 *
 * @param terms           the current text, with the ids of its commitments, nomination rules and calendar entries
 * @param parties         the parties with their signatures
 * @param signedOn        the day the last party signed, as written on the paper; null until every party has signed
 * @param terminationOn   the day a requested termination takes (or took) effect; null when none was asked for
 * @param lockVersion     changes with every change of the agreement (the ETag)
 */
public record AgreementSnapshot(UUID id, AgreementStatus status, int version, Terms terms, List<Party> parties,
                                UUID createdByOrganizationId, Instant createdAt, Instant updatedAt, LocalDate signedOn,
                                Instant signedAt, Instant activatedAt, String terminationReason, LocalDate terminationOn,
                                Instant terminatedAt, LocalDate expiredOn, long lockVersion) {

    public AgreementSnapshot {
        parties = List.copyOf(parties);
    }
}
